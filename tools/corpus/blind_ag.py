"""Write blind set AG: an ordinary year's inbox from older and less practised writers (50 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ag`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
35 mails mean to confirm (33 of them record at least one day), 15 look like confirmations
and are not. The whole year 2026 as the practice snapshot has it, seen through the mail
habits of people who do not write much mail: the answer typed inside our quoted mail
(with and without ">" markers), below a forwarded copy of it, in the subject line only,
after a long signature; ALL CAPS, no punctuation at all, very formal letters
("Hochachtungsvoll", "d. J."); a grandson and a daughter writing from the patient's
address; our own sentence copied back with "ja" in front; the weekday and the date that
do not agree (harmless where only one appointment fits, staff where two do); holidays
(Ostern, Himmelfahrt), calendar weeks, US dates, last year's number in January, a
year-end clean-up. The look-alikes: cancellations, reschedules, questions, a thank-you,
a form, a "ja" to a reminder, calls that did not happen, a video room nobody joined, a
code that does not work.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_ag")


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None,
        forward=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, forward=forward,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), note="", staff=True, sender=None, name=None, files=(),
       forms=()):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          label=Label(cats, patient=pid, dates=dates, needs_staff=staff, note=note,
                      forms=forms))  # fmt: skip


def inside(key: str, style: str, pid: int, after: str, answer: str) -> str:
    """Our mail `key` quoted in `style`, the patient's answer typed into it after the
    quoted line that contains `after` (the whole mail is this one text)."""
    quoted = mc.quote(style, mc.OUTBOX[key], mc.PATIENTS[pid].emails[0])
    lines = quoted.splitlines()
    at = next(i for i, line in enumerate(lines) if after in line)
    return "\n".join([*lines[: at + 1], answer, *lines[at + 1 :]])


IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
WOLFF_SIGNATURE = """Mit freundlichen Grüßen

Hans-Jürgen Wolff
Oberstudienrat a. D.
Lindenallee 14
14467 Potsdam
Telefon 0331 28 49 113
Mobil 0171 4 38 22 19
geb. 23.01.1951
Versichertennr. A123456789 (AOK Nordost)"""
VOGEL_SIGNATURE = """Mit freundlichen Grüßen
Dr. Michael Vogel
Rechtsanwalt | Fachanwalt für Arbeitsrecht

Vogel & Partner Rechtsanwälte mbB
Königsallee 60
40212 Düsseldorf
T +49 211 86 39 0-0 | F +49 211 86 39 0-99
Partnerschaftsregister AG Essen PR 3105

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren
Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie
die unbefugte Weitergabe dieser Mail sind nicht gestattet."""


def confirmations() -> None:
    # --- January / February ------------------------------------------------------------
    yes("ag01_krueger_in_quote.eml", 1, (1003,), (), "2026-01-27 19:40", re(1003),
        inside("cr-1003", "thunderbird", 1, "war für",
               "\nja hat stattgefunden war gut\nGruß S. Krüger\n"),
        client="thunderbird", reply="cr-1003",
        note="answer typed inside our quoted mail, under the line with the day; the only "
             "day is in our quoted text")  # fmt: skip
    yes("ag02_krueger_ja_satz.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-10 19:05", re(1005),
        "ja, Ihre Behandlung war für Dienstag, 10.02.2026 um 10:00 Uhr geplant und hat auch"
        " stattgefunden.\nDie letzte Woche am 3.2. war auch, das hatte ich vergessen zu"
        " schreiben.\n\nSabine Krüger",
        client="webde", reply="cr-1005", style="webde",
        note="our sentence copied back with 'ja' in front, plus last week's day")  # fmt: skip
    yes("ag03_becker_formell.eml", 2, (1010, 1011), ("2026-02-02", "2026-02-05"),
        "2026-02-06 08:47", "Bestätigung Behandlungen Manuelle Therapie",
        """Sehr geehrte Damen und Herren,

hiermit bestätige ich Ihnen, dass die telefonischen Behandlungen (Manuelle Therapie) am
Montag, dem 2. Februar 2026, sowie am Donnerstag, dem 5. Februar 2026, jeweils um 17:30 Uhr
ordnungsgemäß stattgefunden haben.

Für Rückfragen stehe ich Ihnen selbstverständlich gern zur Verfügung.

Mit freundlichen Grüßen

Thomas Becker
Dipl.-Ing. (FH)
Am Mühlbach 7
82031 Grünwald
Tel.: 089 641 772 30""", client="outlook")  # fmt: skip
    yes("ag04_becker_falscher_wochentag.eml", 2, (1012,), ("2026-02-09",), "2026-02-10 07:52",
        re(1012), "Guten Morgen,\n\nja, die Behandlung am Donnerstag, 9.2. hat"
        " stattgefunden.\n\nMfG\nT. Becker",
        client="outlook", reply="cr-1012", style="outlook_classic",
        note="9.2. was a Monday; the date and the request he answers both name 9.2., "
             "the Thursday is a slip (his other treatment weekday)")  # fmt: skip
    yes("ag05_becker_montag_19.eml", 2, (), ("2026-02-19",), "2026-02-20 08:05", "Termin",
        "Hallo,\nder Termin Montag den 19. hat wie besprochen stattgefunden.\nGruß Becker",
        client="thunderbird", staff=True,
        note="19.2. was a Thursday (1015), the Monday was 16.2. (1014); both open, no "
             "thread: which one he means must be asked")  # fmt: skip
    yes("ag06_wolff_grossbuchstaben.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:20",
        re(1028), "JA TERMIN AM 16.1.2025 WAR TELEFON HAT GEKLAPPT\nMFG\nH J WOLFF",
        client="tonline", reply="cr-1028", style="tonline",
        note="last year's number written in January; the thread and day/month name "
             "16.1.2026")  # fmt: skip
    yes("ag07_wolff_nach_signatur.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-01-31 10:05", re(1030),
        "Sehr geehrte Damen und Herren,\n\n" + WOLFF_SIGNATURE + "\n\n\nNachtrag: Ja, die"
        " Telefonbehandlungen am 23. und am 30. Januar haben stattgefunden. Ich bitte die"
        " späte Antwort zu entschuldigen.",
        client="tonline", reply="cr-1030", style="tonline",
        note="the answer comes after a long signature; the birth date 23.01.1951 is not a "
             "treatment day (the 23. in the Nachtrag is)")  # fmt: skip
    yes("ag08_wolff_nur_betreff.eml", 4, (1031,), (), "2026-02-06 17:02",
        re(1031) + " JA HAT STATTGEFUNDEN", "",
        client="tonline", reply="cr-1031", style="tonline",
        note="the answer is in the subject line only, the body is our quoted mail")  # fmt: skip
    yes("ag57_aydin_donnerstag.eml", 22, (1130, 1131), ("2026-02-19", "2026-02-26"),
        "2026-02-27 13:10", "Termin",
        "Hallo,\nDonnerstag 19.2 und 26.2 telefon gemacht, alles gut\nMehmet Aydın",
        client="outlook")  # fmt: skip

    # --- March / April -------------------------------------------------------------------
    yes("ag14_demir_abgesagter_tag.eml", 3, (), ("2026-04-01",), "2026-04-02 07:15",
        "Termin 1.4.",
        "Hallo,\nkurze Info: die Behandlung gestern am 01.04. hat wie immer stattgefunden,"
        " Video lief gut.\nLG Aylin",
        client="gmail", staff=True,
        note="1023 (1.4.) is cancelled in the practice system: staff must check what "
             "happened, nothing can be recorded")  # fmt: skip
    yes("ag31_koch_monatsende_wochentag.eml", 18, (1111,), ("2026-03-30", "2026-03-31"),
        "2026-04-02 10:00", "Bestätigung",
        "Hallo Praxis,\nich wollte bestätigen das die Telefonbehandlung am Montag 30.3. und"
        " am Mittwoch 31.3. stattgefunden haben.\nRenate Koch",
        client="tonline", staff=True,
        note="30.3. is clean; 'Mittwoch 31.3.' is a Tuesday without appointment, the "
             "Wednesday was 1.4. (1112): staff asks, 1112 is not recorded")  # fmt: skip
    yes("ag33_koch_ostern.eml", 18, (1112, 1113), ("2026-04-01", "2026-04-08"),
        "2026-04-09 16:40", re(1113),
        "Guten Tag,\n\nja, sowohl der Mittwoch vor Ostern als auch gestern, der Mittwoch"
        " nach Ostern, haben stattgefunden.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline", reply="cr-1113", style="tonline",
        note="Easter Sunday 2026 is 5 April: Mittwoch vor Ostern = 1.4., gestern = "
             "8.4.")  # fmt: skip
    yes("ag34_koch_im_outlook_zitat.eml", 18, (1114,), (), "2026-04-13 17:30", re(1114),
        inside("cr-1114", "outlook", 18, "Bitte bestätigen Sie uns",
               "\nJA !!!  R. Koch\n"),
        client="outlook", reply="cr-1114",
        note="answer typed into the Outlook quote (no > markers) under our request")  # fmt: skip
    yes("ag16_schulz_mutter.eml", 5, (1034,), ("2026-04-16",), "2026-04-17 08:30", re(1034),
        "Guten Morgen,\n\nMarie hatte gestern, Donnerstag den 16.4., ihre Stunde per Video."
        " Hat alles gut geklappt, sie hat danach auch die Übungen gemacht :-)\n\n"
        "Viele Grüße\nKatrin Schulz (Mutter)",
        client="apple", reply="cr-1034", style="iphone", name="Katrin Schulz",
        note="the mother confirms her daughter's session from the registered "
             "address")  # fmt: skip
    yes("ag17_schulz_mittwoch_23.eml", 5, (1035,), ("2026-04-23",), "2026-04-24 07:55",
        re(1035), "Hallo, die Stunde am Mittwoch den 23. fand statt. LG K. Schulz" + IPHONE,
        client="iphone", reply="cr-1035", style="iphone", name="Katrin Schulz",
        note="23.4. was a Thursday; Marie has no Wednesday appointments and the request "
             "answered is for 23.4.")  # fmt: skip
    yes("ag59_oneill_us_dates.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21"),
        "2026-04-22 08:10", re(1137, "RE"),
        "Hi,\n\nConfirming both sessions, 4/14 and 4/21. Thanks!\n\nJames O'Neill",
        client="outlook", reply="cr-1137", style="outlook_en",
        note="US month/day: 4/14 has no other reading")  # fmt: skip

    # --- May / June ----------------------------------------------------------------------
    yes("ag26_berger_hochachtungsvoll.eml", 24, (1142, 1143), ("2026-05-06", "2026-05-13"),
        "2026-05-14 10:20", "Bestätigung meiner Behandlungen",
        """Sehr geehrte Damen und Herren,

hiermit erlaube ich mir, Ihnen mitzuteilen, dass die telefonische Krankengymnastik am
Mittwoch, den 6. Mai d. J., sowie am Mittwoch, den 13. Mai d. J., jeweils um 9 Uhr
stattgefunden hat.

Ich darf mich bei dieser Gelegenheit für die freundliche und geduldige Behandlung sehr
herzlich bedanken.

Hochachtungsvoll

Ursula Berger
Goethestraße 21
67059 Ludwigshafen""")  # fmt: skip
    yes("ag27_berger_satz_zurueck.eml", 24, (1144,), ("2026-05-20",), "2026-05-20 13:10",
        re(1144),
        "Ja, die Behandlung hat stattgefunden, und nennen Sie dabei das Datum: 20.05.2026\n\n"
        "U. Berger",
        client="webde", reply="cr-1144", style="webde",
        note="our request sentence copied back with 'Ja' in front and the day filled "
             "in")  # fmt: skip
    yes("ag19_schulz_himmelfahrt.eml", 5, (1037, 1038), ("2026-05-07", "2026-05-21"),
        "2026-05-22 06:50", "Marie Schulz – Termine Mai",
        "Hallo Praxisteam,\nan Himmelfahrt war ja keine Stunde, gestern (21.5.) war Marie"
        " aber wieder dabei, hat stattgefunden. Die vom 7. Mai hatte ich glaub ich noch nicht"
        " bestätigt, die war auch.\n\nGrüße\nKatrin Schulz" + IPHONE,
        client="iphone", name="Katrin Schulz",
        note="Himmelfahrt (14.5.) named as a day without session")  # fmt: skip
    yes("ag20_hoffmann_zwei_am_tag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:10",
        re(1043),
        """Hallo zusammen,

beide Termine heute (Montag, 18.05.) haben stattgefunden – morgens KG am Gerät um 7:30 und
mittags die Manuelle Therapie.

Beste Grüße
Peter Hoffmann

Hoffmann Immobilien GmbH
Geschäftsführer
Tel. +49 40 555 123 0""", client="outlook", reply="cr-1043", style="outlook")  # fmt: skip
    yes("ag22_popescu_lernerin.eml", 7, (1046, 1047), ("2026-06-02", "2026-06-09"),
        "2026-06-10 09:40", re(1047),
        "Buna ziua,\n\nich bestätige die Termin von 2 Juni und 9 Juni, beide waren, alles gut"
        " gemacht mit Frau Therapeut. Vielen dank für alles.\n\nElena Popescu",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    yes("ag29_berger_unter_weiterleitung.eml", 24, (1147,), ("2026-06-10",),
        "2026-06-11 11:00", "WG: Bitte bestätigen Sie Ihre Behandlung vom 10.06.2026",
        "Ja das war am 10. Juni. Wusste nicht wie man antwortet.\nU. Berger",
        forward="cr-1147", style="forward_outlook", bottom=True,
        note="our request forwarded back to us, the answer below the forwarded "
             "copy")  # fmt: skip

    # --- July / August -------------------------------------------------------------------
    yes("ag09_neumann_enkel.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 18:34", "Bestätigung für Oma (Gisela Neumann)",
        """Hallo liebes Praxisteam,

ich bin Tim, der Enkel von Gisela Neumann. Oma hat mich gebeten Ihnen zu schreiben, weil sie
mit dem Computer nicht so klar kommt. Sie sagt, die Telefontermine am Dienstag 7.7. und am
Donnerstag 9.7. haben beide stattgefunden und es war sehr nett.

Wenn Sie was brauchen bitte einfach anrufen, Oma ist meistens vormittags zu Hause.

Viele Grüße
Tim (für Gisela Neumann)""",
        note="the grandson writes from his grandmother's address, for her")  # fmt: skip
    yes("ag10_neumann_enkel_verpasst.eml", 9, (1058,), ("2026-07-14",), "2026-07-17 19:10",
        re(1059),
        "Hallo nochmal, hier wieder Tim.\n\nOma sagt am Dienstag 14.7. hat sie mit der"
        " Therapeutin telefoniert, das war gut. Gestern (Donnerstag) war sie aber beim"
        " Augenarzt und hat den Anruf verpasst, das tut ihr sehr leid. Sie fragt ob sie dafür"
        " was bezahlen muss.\n\nGruß Tim",
        client="thunderbird", reply="cr-1059", style="thunderbird", staff=True,
        extra=("question",),
        note="14.7. confirmed; 16.7. (the request answered) did not take place and she "
             "asks about paying for it")  # fmt: skip
    yes("ag11_neumann_selbst_caps.eml", 9, (1060, 1061), ("2026-07-21", "2026-07-23"),
        "2026-07-24 09:12", "BESTÄTIGUNG",
        "SEHR GEEHRTE DAMEN UND HERREN\nHIERMIT BESTÄTIGE ICH DIE BEHANDLUNG AM TELEFON"
        " DIENSTAG 21 JULI UND DONNERSTAG 23 JULI\nMIT FREUNDLICHEN GRÜSSEN\nGISELA NEUMANN\n"
        "(HAT MEIN ENKEL MIR GEZEIGT)")  # fmt: skip
    yes("ag12_neumann_ja_vor_unserem_satz.eml", 9, (1062,), ("2026-07-28",),
        "2026-07-28 14:03", re(1062),
        "ja Ihre Behandlung (Krankengymnastik per Telefon) war für Dienstag, 28.07.2026 um"
        " 09:00 Uhr geplant\nGisela Neumann",
        reply="cr-1062", style="webde",
        note="she copies our sentence and puts 'ja' in front")  # fmt: skip
    yes("ag38_carter_english.eml", 11, (1069, 1070), ("2026-08-03", "2026-08-10"),
        "2026-08-11 08:05", re(1070, "Re"),
        "Hi there,\n\nYes, the session on Monday August 3rd took place, and yesterday's (the"
        " 10th) as well.\n\nBest,\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("ag41_yildiz_lernerin.eml", 12, (1075, 1076), ("2026-08-05", "2026-08-12"),
        "2026-08-13 11:15", re(1076),
        "Merhaba\nich bestätige termin 5 august und 12 august telefon war gut\nDanke schön\n"
        "Fatma Yıldız" + SAMSUNG,
        client="samsung", reply="cr-1076", style="samsung")  # fmt: skip
    yes("ag39_carter_tuesday_17th.eml", 11, (1071,), ("2026-08-17",), "2026-08-18 12:20",
        re(1071, "Re"), "Tuesday the 17th happened, all good!\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en", bottom=True,
        note="17 Aug was a Monday; her only session that week and the request answered "
             "is for 17.8.")  # fmt: skip
    yes("ag42_yildiz_tochter.eml", 12, (1078,), ("2026-08-26",), "2026-08-27 20:30",
        "Termin Frau Yıldız",
        "Hallo, ich bin die Tochter von Frau Yıldız, ich schreibe für meine Mutter weil ihr"
        " Deutsch nicht so gut ist. Sie sagt am Mittwoch 26.08. war Telefon mit der"
        " Therapeutin. Am 19.08. war nicht, das hatte sie abgesagt, das wissen Sie ja.\n"
        "Viele Grüße Elif Yıldız",
        client="webde", name="Fatma Yildiz",
        note="19.8. is cancelled in the practice system, as she says: nothing to "
             "do")  # fmt: skip

    # --- September to December -----------------------------------------------------------
    yes("ag43_vogel_disclaimer.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"),
        "2026-09-18 07:45", re(1083),
        "Guten Morgen,\n\nbestätige hiermit die Termine vom 10.09. und 17.09.2026.\n\n"
        + VOGEL_SIGNATURE,
        client="outlook", reply="cr-1083", style="outlook_classic")  # fmt: skip
    yes("ag45_lehmann_kalenderwochen.eml", 14, (1087, 1088, 1089),
        ("2026-09-08", "2026-09-15", "2026-09-22"), "2026-09-23 12:40", re(1089),
        "Liebes Praxisteam,\n\ndie Termine in KW 37, 38 und 39 (jeweils dienstags) haben alle"
        " stattgefunden.\n\nMit freundlichen Grüßen\nAnna Lehmann\n\n--\nAnna Lehmann\n"
        "Sekretariat Lehrstuhl für Mittelalterliche Geschichte\nUniversität Beispiel\n"
        "Raum 2.117, Tel. -4412\nSprechzeiten Mo-Do 9-12 Uhr",
        client="thunderbird", reply="cr-1089", style="thunderbird")  # fmt: skip
    yes("ag46_zimmermann_ohne_satzzeichen.eml", 15, (1093, 1094),
        ("2026-10-05", "2026-10-12"), "2026-10-13 09:05", "anrufe",
        "hallo die anrufe am 5 10 und 12 10 waren beide gut gruß klaus zimmermann")  # fmt: skip
    yes("ag54_hartmann_dienstags.eml", 20, (1120, 1121, 1122),
        ("2026-11-03", "2026-11-10", "2026-11-17"), "2026-11-18 07:30", re(1122),
        "Hallo,\nja, die Termine dienstags am 3., 10. und 17. November haben alle"
        " stattgefunden.\nLG Leonie Hartmann",
        client="gmail", reply="cr-1122", style="gmail")  # fmt: skip
    yes("ag52_nowak_jahresende.eml", 19, (1116, 1117, 1118, 1119),
        ("2026-11-06", "2026-11-13", "2026-11-20", "2026-11-27"), "2026-12-28 21:40",
        "Fwd: Bitte bestätigen Sie Ihre Behandlung vom 27.11.2026",
        "Hallo,\n\nkurz vor dem Jahreswechsel räume ich meine Mails auf und merke, dass ich"
        " die November-Termine nie bestätigt habe: 6.11., 13.11., 20.11. und 27.11. – alle"
        " vier haben stattgefunden.\n\nGuten Rutsch!\nDavid Nowak",
        forward="cr-1119", style="forward_gmail",
        note="written at the year end, a month after the sessions, above a forwarded "
             "copy of our request")  # fmt: skip


def lookalikes() -> None:
    no("ag62_wagner_absage.eml", 21, ("cancellation",), "2026-01-30 19:20",
       "Termin Montag",
       "Hallo,\nam Montag 2.2. kann ich leider nicht, mein Sohn ist krank. Bitte absagen.\n"
       "Sophie Wagner", client="webde")  # fmt: skip
    no("ag65_becker_rechnung.eml", 2, ("question",), "2026-03-05 09:15",
       "Rechnung für Beihilfe / PKV",
       """Sehr geehrte Damen und Herren,

für die Einreichung bei meiner privaten Krankenversicherung benötige ich eine Rechnung über
die Behandlungen vom 2. Februar bis 2. März 2026, nach Möglichkeit mit Angabe der
Einzeldaten und der Diagnose.

Ich bedanke mich im Voraus.

Mit freundlichen Grüßen

Thomas Becker""", client="outlook",
       note="a billing period, not a confirmation of any day")  # fmt: skip
    no("ag58_aydin_verschieben.eml", 22, ("reschedule",), "2026-03-09 07:05", "Termin 12.3",
       "Hallo, Termin Donnerstag 12.3 kann ich nicht um 12:30, Arbeit. Geht 16 Uhr?\nMehmet",
       client="outlook")  # fmt: skip
    no("ag60_oneill_missed_call.eml", 23, ("other", "reschedule"), "2026-04-29 08:00",
       re(1138, "RE"),
       "Hi,\n\nsorry - I missed yesterday's call (the 28th), I was stuck in a meeting. So that"
       " one did NOT happen. Could we add a session at the end instead?\n\nJames",
       client="outlook", reply="cr-1138", style="outlook_en")  # fmt: skip
    no("ag61_popescu_anamnesebogen.eml", 7, ("forms",), "2026-05-30 16:45",
       "AW: Ihre Unterlagen für die Behandlung",
       "Buna ziua,\n\nhier ist der Anamnesebogen ausgefüllt. Die andere Papiere schicke ich"
       " morgen.\n\nElena Popescu",
       client="yahoo", reply="fr-7", style="yahoo",
       files=(mc.pdf("Anamnesebogen Popescu.pdf"),), forms=("anamnese",), staff=False,
       note="one of the three forms, filed; the others are still open")  # fmt: skip
    no("ag30_berger_kein_anruf.eml", 24, ("other",), "2026-06-04 09:30", re(1146),
       """Sehr geehrte Damen und Herren,

am Mittwoch, den 3. Juni, habe ich leider keinen Anruf erhalten. Ich habe von 9 Uhr bis
halb zehn neben dem Telefon gewartet. Vielleicht liegt ein Irrtum vor?

Hochachtungsvoll
Ursula Berger""", reply="cr-1146", style="webde",
       note="the session asked about did not take place")  # fmt: skip
    no("ag23_popescu_frage.eml", 7, ("question",), "2026-06-12 10:05",
       "Frage Unterlagen",
       "Buna ziua,\n\nhabe ich alle Papiere geschickt? Anamnese ja, aber die Datenschutz weiß"
       " ich nicht mehr. Bitte sagen Sie mir.\n\nDanke, Elena Popescu",
       client="yahoo")  # fmt: skip
    no("ag25_richter_keiner_da.eml", 8, ("technical",), "2026-06-17 18:50",
       "Videotermin heute",
       "Hallo, ich sitze seit 18 Uhr im Videoraum und es kommt keiner. Findet der Termin"
       " heute noch statt?" + IPHONE,
       client="iphone", note="the session of 17.6. did not happen (yet)")  # fmt: skip
    no("ag36_brandt_urlaub.eml", 10, ("reschedule",), "2026-08-04 21:10",
       "Termin 7.8. verschieben",
       "Guten Abend,\n\nden Termin am Freitag, 7.8., schaffe ich leider nicht, ich bin im"
       " Urlaub. Wäre Freitag, der 14.8., zur gleichen Uhrzeit möglich?\n\nBeste Grüße\n"
       "Lukas Brandt", client="thunderbird")  # fmt: skip
    no("ag40_carter_thanks.eml", 11, ("other",), "2026-09-08 09:30", "Thank you!",
       "Dear all,\n\nthank you so much for all the sessions over the last weeks - my back is"
       " so much better and I can garden again. I'll recommend you to my friends!\n\n"
       "Warm wishes,\nEmily Carter",
       client="gmail", staff=False,
       note="a thank-you naming no day: nothing to record, the open requests stay "
            "open")  # fmt: skip
    no("ag44_vogel_rechnung.eml", 13, ("question",), "2026-10-02 07:20",
       "Rechnung September",
       "Sehr geehrte Damen und Herren,\n\nbitte senden Sie die Rechnung für September an die"
       " Kanzleiadresse, für die Beihilfe bitte mit allen Behandlungsdaten.\n\n"
       + VOGEL_SIGNATURE, client="outlook")  # fmt: skip
    no("ag47_zimmermann_krankenhaus.eml", 15, ("cancellation",), "2026-10-23 10:40",
       "montag",
       "hallo am montag 26 10 kann ich nicht muss ins krankenhaus zur untersuchung bitte"
       " absagen gruß k zimmermann")  # fmt: skip
    no("ag63_jansen_ja_zur_erinnerung.eml", 17, ("other",), "2026-11-04 12:00",
       "AW: Erinnerung: Ihr Termin am 05.11.2026",
       "Ja, ich bin morgen dabei.\nOle",
       client="gmail", reply="rem-1106", style="gmail", staff=False,
       note="a yes to our reminder: tomorrow's session, nothing to confirm")  # fmt: skip
    no("ag64_hartmann_code.eml", 20, ("technical",), "2026-11-10 16:45",
       "AW: Ihr Videotermin am 10.11.2026",
       "Hallo, der Zugangscode geht nicht, da steht ungültig. Was soll ich machen, der"
       " Termin ist ja gleich!\nLeonie",
       client="gmail", reply="vl-1121", style="gmail")  # fmt: skip
    no("ag53_hartmann_dienstreise.eml", 20, ("reschedule",), "2026-11-18 18:00",
       "Termin nächste Woche",
       "Hallo,\nnächsten Dienstag (24.11.) bin ich auf Dienstreise, geht stattdessen"
       " Donnerstag der 26.11. am Abend?\nLG Leonie Hartmann",
       client="gmail")  # fmt: skip


def main() -> None:
    load_practice()
    mc.HERE = HERE
    HERE.mkdir(parents=True, exist_ok=True)
    confirmations()
    lookalikes()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.write_labels()
    print(f"{len(mc.MAILS)} mails in {HERE}")


if __name__ == "__main__":
    main()
