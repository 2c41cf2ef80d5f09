"""Write blind set Y: catching up, several sessions confirmed at once after weeks of silence.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_y`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
37 mails confirm (34 with at least one clear day, 3 where nothing clear can be recorded) and
15 look like catch-up confirmations and are not. Lists of days, ranges ("vom 27.1. bis 10.3."),
calendar weeks ("KW 19 bis KW 21"), "jeden Mittwoch im März", weekday names, month names,
days without months, corrections inside the mail ("nicht am 14., sondern am 21."), a listed
day that was cancelled or missed, days across month ends, one patient answering several of
our requests at once; look-alikes: future days, days the patient asks about, a list copied
from a staff mail in the quote, days of an invoice, days the patient was away.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

import sys

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_y")


def load_practice() -> None:
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), note="", staff=True, sender=None, name=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          label=Label(cats, patient=pid, dates=dates, needs_staff=staff, note=note))  # fmt: skip


def re(aid: int) -> str:
    return f"AW: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def days(*isos: str) -> tuple[str, ...]:
    return tuple(f"2026-{iso}" for iso in isos)


IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
GMX_APP = "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet."
TONLINE = "\n\n--\nGesendet mit der Telekom Mail App"
VOGEL_SIG = (
    "\n\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte mbB\nKurfürstendamm 120, 10711 Berlin\n"
    "Tel. +49 30 8890 1200\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie"
    " nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen"
    " Sie diese E-Mail."
)
SCHAEFER_SIG = (
    "\n\nMit freundlichen Grüßen\nBirgit Schäfer\nSteuerberaterin\n\nSchäfer Steuerberatung\n"
    "Tel. 030 4455 6677 | Fax 030 4455 6678\nSitz Berlin, AG Charlottenburg PR 1234 B\n"
    "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."
)


def confirmations() -> None:
    yes("y01_krueger_range.eml", 1, (1003, 1004, 1005, 1006, 1007, 1008, 1009),
        days("01-27", "02-03", "02-10", "02-17", "02-24", "03-03", "03-10"), "2026-03-12 20:41",
        re(1009),
        "Guten Abend,\n\nentschuldigen Sie, dass ich mich so lange nicht gemeldet habe. Die"
        " Videotermine vom 27. Januar bis zum 10. März haben alle stattgefunden, immer dienstags"
        " um 10, keiner ist ausgefallen.\n\nViele Grüße\nSabine Krüger",
        client="gmail", reply="cr-1009", style="gmail",
        note="a range: every Tuesday from 27.1. to 10.3., all seven are hers")  # fmt: skip
    yes("y02_becker_vier.eml", 2, (1010, 1011, 1012, 1013), days("02-02", "02-05", "02-09", "02-12"),
        "2026-02-20 08:03", re(1013),
        "Hallo zusammen,\n\nsammelbestätigung von mir, sorry für die Verspätung:\n\n"
        "Mo 02.02.\nDo 05.02.\nMo 09.02.\nDo 12.02.\n\nAlle vier Telefontermine haben"
        " stattgefunden.\n\nGruß\nThomas Becker",
        client="outlook", reply="cr-1013", style="outlook",
        note="answers four requests in one; 16.2. and 19.2. are past too but not named")  # fmt: skip
    yes("y03_becker_monatsende.eml", 2, (1014, 1015, 1016, 1017, 1018),
        days("02-16", "02-19", "02-23", "02-26", "03-02"), "2026-03-05 22:15", re(1018),
        "Und hier der Rest: 16.2., 19.2., 23.2., 26.2. und der 2.3. - alles wie gehabt am"
        " Telefon, hat jedesmal geklappt.\n\nT. Becker" + SAMSUNG,
        client="samsung", reply="cr-1018", style="samsung")  # fmt: skip
    yes("y04_demir_maerz.eml", 3, (1019, 1020, 1021, 1022), days("03-04", "03-11", "03-18", "03-25"),
        "2026-04-02 07:12", re(1022),
        "Hallo liebes Praxisteam,\n\nich hab jetzt erst gesehen, wie viele Mails von Ihnen"
        " hier liegen :( Also: jeden Mittwoch im März hatte ich meine Videostunde, alle vier"
        " haben geklappt. Der 1. April ist ja ausgefallen, das wissen Sie.\n\nLG Aylin",
        client="gmail", reply="cr-1022", style="gmail",
        note="'jeden Mittwoch im März' = 4., 11., 18., 25.; 1.4. is cancelled in the practice too")  # fmt: skip
    yes("y05_demir_ohne_monat.eml", 3, (1024, 1025, 1026), days("04-08", "04-15", "04-22"),
        "2026-04-24 12:30", re(1026),
        "Hi, der 8. der 15. und der 22. waren alle da, danke! Aylin" + IPHONE,
        client="iphone", reply="cr-1026", style="iphone",
        note="days without a month; April from the request and the mail's date")  # fmt: skip
    yes("y06_wolff_caps.eml", 4, (1028, 1029, 1030, 1031), days("01-16", "01-23", "01-30", "02-06"),
        "2026-02-09 10:02", re(1031),
        "SEHR GEEHRTE DAMEN UND HERREN\n\nHIERMIT BESTÄTIGE ICH DIE BEHANDLUNGEN AM 16.01. 23.01."
        " 30.01. UND 06.02.2026 ALLE AM TELEFON.\n\nMFG\nHANS-JÜRGEN WOLFF" + TONLINE,
        client="tonline", reply="cr-1031", style="tonline")  # fmt: skip
    yes("y07_wolff_krank.eml", 4, (1031, 1033), days("02-06", "02-20"), "2026-02-23 09:48", re(1033),
        "Guten Morgen,\n\ndie Termine im Februar: am 6. und am 20. hat die Therapeutin"
        " angerufen und wir haben die Übungen gemacht. Außer dem 13., da war ich krank und bin"
        " nicht ans Telefon gegangen.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1033", style="tonline", staff=True,
        note="13.2. (1032) did not take place but is still scheduled: staff must mark it")  # fmt: skip
    yes("y08_schulz_april_mai.eml", 5, (1034, 1035, 1036, 1037),
        days("04-16", "04-23", "04-30", "05-07"), "2026-05-12 18:20", re(1037),
        "Hallo,\n\nich bestätige die Videobehandlungen vom 16.4., 23.4., 30.4. und 7.5.\n"
        "Entschuldigung, ich war ein paar Wochen im Prüfungsstress.\n\nMarie Schulz",
        client="thunderbird", reply="cr-1037", style="thunderbird")  # fmt: skip
    yes("y09_schulz_korrektur.eml", 5, (1038, 1039), days("05-21", "05-28"), "2026-06-02 21:05",
        re(1039),
        "Hallo,\n\nfür Mai: am 14. und am 28. hatte ich Termin - ne stimmt nicht, nicht am 14.,"
        " sondern am 21., am 14. war Feiertag. Also 21. und 28. Mai, beide haben"
        " stattgefunden.\n\nMarie",
        client="thunderbird", reply="cr-1039", style="thunderbird",
        note="corrected inside the mail: 14.5. withdrawn (no appointment), 21.5. meant")  # fmt: skip
    yes("y10_hoffmann_kw.eml", 6, (1040, 1041, 1042, 1043), days("05-04", "05-11", "05-18"),
        "2026-05-22 06:55", re(1043),
        "Guten Morgen,\n\nkurz und bündig: KW 19 bis KW 21 alle KGG-Termine montags früh wahrgenommen,"
        " dazu in KW 21 die MT am Montagmittag. Bitte alles abrechnen.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook_classic",
        note="calendar weeks: KW19 4.5., KW20 11.5., KW21 18.5. (two sessions that day)")  # fmt: skip
    yes("y12_popescu_lerner.eml", 7, (1046, 1047, 1048, 1049), days("06-02", "06-09", "06-16", "06-23"),
        "2026-06-26 19:44", re(1049),
        "Guten Tag,\n\nich bestätige Termine 2.6, 9.6, 16.6 und 23.6, alle Video war gut, Frau"
        " Therapeutin ist sehr nett. Entschuldigung fur spät antwort, ich war nicht zu Hause.\n\n"
        "Mit freundliche Grüße\nElena Popescu",
        client="yahoo", reply="cr-1049", style="yahoo")  # fmt: skip
    yes("y13_richter_monatswechsel.eml", 8, (1054, 1055), days("06-24", "07-01"), "2026-07-03 23:10",
        re(1055), "Mittwoch 24.6. und Mittwoch 1.7. beide gehabt, passt." + IPHONE,
        client="iphone", reply="cr-1055", style="iphone")  # fmt: skip
    yes("y14_richter_zukunft.eml", 8, (1051, 1052, 1053), days("06-03", "06-10", "06-17"),
        "2026-06-19 13:37", re(1053),
        "Hey,\n\nholt das mal nach: 3., 10. und 17. Juni hatten wir MT per Video, alles gut."
        " Nächsten Mittwoch (24.) bin ich auch wieder dabei.\n\nJonas",
        client="apple", reply="cr-1053", style="iphone",
        note="24.6. is a future session announced, not confirmed")  # fmt: skip
    yes("y15_neumann_zahlen.eml", 9, (1056, 1057, 1058, 1059, 1060, 1061),
        days("07-07", "07-09", "07-14", "07-16", "07-21", "07-23"), "2026-07-24 16:02", re(1061),
        "guten tag\nich habe die vielen mails erst jetzt gelesen mein enkel hat mir das gezeigt\n"
        "die telefonate im juli dienstags und donnerstags hab ich alle gehabt 7 9 14 16 21 23\n"
        "gisela neumann",
        sender="gisela.neumann@freenet.de",
        note="bare day numbers under 'im juli', all Tuesday/Thursday sessions")  # fmt: skip
    yes("y16_brandt_freitage.eml", 10, (1063, 1064, 1065, 1066, 1067),
        days("07-03", "07-10", "07-17", "07-24", "07-31"), "2026-08-05 09:10", re(1067),
        "Moin,\n\nich bestätige alle Freitagstermine vom 3.7. bis einschließlich 31.7.,"
        " insgesamt fünf, alle per Video.\n\n-- \nLukas Brandt\nhttps://lukasbrandt.example",
        client="thunderbird", reply="cr-1067", style="thunderbird", bottom=True)  # fmt: skip
    yes("y18_carter_en.eml", 11, (1069, 1070, 1071, 1072), days("08-03", "08-10", "08-17", "08-24"),
        "2026-08-27 17:25", "Re: Bitte bestätigen Sie Ihre Behandlung vom 24.08.2026",
        "Hi,\n\nSorry for the slow reply! Confirming my sessions on Aug 3, 10, 17 and 24 - all of"
        " them took place as planned.\n\nBest,\nEmily",
        client="gmail", reply="cr-1072", style="gmail_en")  # fmt: skip
    yes("y20_yildiz_abgesagt.eml", 12, (1075, 1076, 1078), days("08-05", "08-12", "08-26"),
        "2026-08-28 11:40", re(1078),
        "Hallo\n\nTermin 5.8 und 12.8 war, 19.8 hat Praxis abgesagt, 26.8 auch war. Alles gut"
        " telefon.\n\nFatma Yıldız",
        client="webde", reply="cr-1078", style="webde",
        note="19.8. (1077) is cancelled in the practice, as she says")  # fmt: skip
    yes("y21_yildiz_ehemann.eml", 12, (1079, 1080), days("09-02", "09-09"), "2026-09-11 20:20",
        re(1080),
        "Sehr geehrte Damen und Herren,\n\nich schreibe für meine Frau, sie hat die Mails nicht"
        " gesehen. Die Behandlungen am Mittwoch, den 2. September und am Mittwoch, den 9."
        " September haben stattgefunden.\n\nMit freundlichen Grüßen\nErkan Yıldız",
        client="webde", reply="cr-1080", style="webde",
        note="the husband writes from her registered address")  # fmt: skip
    yes("y22_vogel_schraeg.eml", 13, (1082, 1083, 1084, 1085),
        days("09-03", "09-10", "09-17", "09-24", "10-01"), "2026-10-02 07:45", re(1085),
        "Guten Morgen,\n\nbestätige die MT-Termine 03./10./17./24.09. sowie 01.10." + VOGEL_SIG,
        client="outlook", reply="cr-1085", style="outlook",
        note="3.9. (1081) was already confirmed before")  # fmt: skip
    yes("y23_lehmann_bis_zum.eml", 14, (1087, 1088, 1089, 1090, 1091),
        days("09-08", "09-15", "09-22", "09-29", "10-06"), "2026-10-08 14:14", re(1091),
        "Liebes Team,\n\ndie Termine vom 8. September bis zum 6. Oktober haben alle stattgefunden"
        " (also fünf Dienstage). Tut mir leid, das Semester hat mich überrollt.\n\nViele Grüße\n"
        "Anna Lehmann\n\n--\nAnna Lehmann, M.Sc.\nInstitut für Biologie\nUniversität Beispielstadt",
        client="thunderbird", reply="cr-1091", style="thunderbird")  # fmt: skip
    yes("y25_zimmermann_abgesagt.eml", 15, (1093, 1094, 1095, 1097),
        days("10-05", "10-12", "10-19", "11-02"), "2026-11-04 10:30", re(1097),
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Krankengymnastik am Telefon am 5.,"
        " 12. und 19. Oktober sowie am 2. November. Der 26. Oktober war ja von Ihnen abgesagt.\n\n"
        "Hochachtungsvoll\nKlaus Zimmermann",
        reply="cr-1097", style="outlook_classic",
        note="26.10. (1096) is cancelled in the practice, as he says")  # fmt: skip
    yes("y26_schaefer_buero.eml", 16, (1098, 1099, 1100, 1101),
        days("10-07", "10-14", "10-21", "10-28"), "2026-11-02 08:12", re(1101),
        "Guten Morgen,\n\nich bestätige Ihnen die Videobehandlungen im Oktober, jeweils"
        " mittwochs abends: 7.10. – 28.10., insgesamt vier Termine." + SCHAEFER_SIG,
        client="outlook", reply="cr-1101", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address; range 7.10.-28.10. = four Wednesdays")  # fmt: skip
    yes("y28_jansen_zukunft.eml", 17, (1104, 1105, 1106), days("10-22", "10-29", "11-05"),
        "2026-11-09 12:01", re(1106),
        "Hallo!\n\nDonnerstag 22.10., 29.10. und 5.11. - alle drei Gerätetermine gemacht 👍\n"
        "Am 12.11. bin ich auch dabei.\n\nGruß Ole",
        client="gmail", reply="cr-1106", style="gmail",
        note="12.11. is a future session, not confirmed")  # fmt: skip
    yes("y29_koch_gestern.eml", 18, (1109, 1110, 1111, 1112, 1113),
        days("03-23", "03-25", "03-30", "04-01", "04-08"), "2026-04-09 11:00", re(1113),
        "Liebe Frau Therapeutin,\n\nich möchte Ihnen mitteilen, dass alle Anrufe stattgefunden"
        " haben: Montag 23.3., Mittwoch 25.3., Montag 30.3., Mittwoch 1.4. und gestern auch."
        "\n\nHerzliche Grüße\nRenate Koch" + TONLINE,
        client="tonline", reply="cr-1113", style="tonline",
        note="'gestern' = 8.4. (mail of 9.4.)")  # fmt: skip
    yes("y30_nowak_november.eml", 19, (1116, 1117, 1118, 1119),
        days("11-06", "11-13", "11-20", "11-27"), "2026-12-01 19:19", re(1119),
        "Hallo,\n\nalle vier Freitage im November (6., 13., 20. und 27.) hatten wir MT per Video."
        " Danke fürs Geduld haben mit mir.\n\nDavid",
        reply="cr-1119", style="thunderbird")  # fmt: skip
    yes("y31_hartmann_kw.eml", 20, (1120, 1121, 1122, 1123),
        days("11-03", "11-10", "11-17", "11-24"), "2026-11-26 17:58", re(1123),
        "hallo, die termine in KW 45 bis 48 hab ich alle gemacht (jeweils dienstag per video)"
        " lg leonie" + GMX_APP,
        client="webde", reply="cr-1123", style="webde",
        note="KW45 3.11. to KW48 24.11., one Tuesday each")  # fmt: skip
    yes("y32_wagner_ausfall.eml", 21, (1124, 1125, 1126, 1128, 1129),
        days("01-12", "01-19", "01-26", "02-09", "02-16"), "2026-02-18 07:31", re(1129),
        "Guten Morgen,\n\nich bestätige die Termine am 12.01., 19.01., 26.01., 09.02. und"
        " 16.02. Am 02.02. war ja nichts, der wurde abgesagt.\n\nSophie Wagner",
        client="webde", reply="cr-1129", style="webde", bottom=True,
        note="2.2. (1127) is cancelled in the practice, as she says")  # fmt: skip
    yes("y33_aydin_liste.eml", 22, (1130, 1131, 1132), days("02-19", "02-26", "03-05"),
        "2026-03-10 18:48", re(1132),
        "hallo\n19.2 26.2 5.3 hat stattgefunden alles telefon. entschuldigung spat\nmehmet",
        client="plain", reply="cr-1132", style="outlook")  # fmt: skip
    yes("y34_aydin_maerz.eml", 22, (1134, 1135), days("03-19", "03-26"), "2026-04-07 09:09", re(1135),
        "Guten tag, die letzte 2 termin 19 und 26 märz war, bitte bestetigen. Danke Mehmet Aydın",
        reply="cr-1135", style="outlook",
        note="'bitte bestetigen' asks us to record it: a confirmation")  # fmt: skip
    yes("y35_oneill_en.eml", 23, (1136, 1137, 1138, 1139), days("04-14", "04-21", "04-28", "05-05"),
        "2026-05-07 21:33", "RE: Bitte bestätigen Sie Ihre Behandlung vom 05.05.2026",
        "Hello,\n\nApologies for going quiet. I can confirm my phone sessions on the 14th, 21st"
        " and 28th of April and on 5th May all went ahead.\n\nKind regards,\nJames O'Neill",
        client="outlook", reply="cr-1139", style="outlook_en")  # fmt: skip
    yes("y36_berger_monate.eml", 24, (1142, 1143, 1144, 1145, 1146),
        days("05-06", "05-13", "05-20", "05-27", "06-03"), "2026-06-05 15:15", re(1146),
        "Sehr geehrte Damen und Herren,\n\nmeine Tochter hilft mir beim Schreiben. Folgende"
        " Termine hatte ich:\nMai: 6., 13., 20., 27.\nJuni: 3.\n\nMit freundlichen Grüßen\n"
        "Ursula Berger",
        reply="cr-1146", style="webde")  # fmt: skip
    yes("y37_berger_korrektur.eml", 24, (1147,), days("06-10"), "2026-06-12 10:40", re(1147),
        "Guten Tag,\n\nich hatte Ihnen vorhin den 9. Juni geschrieben, das war falsch: es war"
        " natürlich Mittwoch, der 10. Juni. Der Anruf hat stattgefunden.\n\nU. Berger",
        reply="cr-1147", style="webde",
        note="correction: 9.6. (no appointment) withdrawn, 10.6. meant")  # fmt: skip


def unclear_confirmations() -> None:
    yes("y38_krueger_einer_fehlt.eml", 1, (), (), "2026-03-04 19:02", re(1008),
        "Hallo,\n\nich glaube, die Termine im Februar haben alle stattgefunden, bis auf einen,"
        " da war ich beim Zahnarzt, ich weiß aber nicht mehr genau welcher. Können Sie das bei"
        " sich nachsehen?\n\nSabine Krüger",
        client="gmail", reply="cr-1008", style="gmail", staff=True,
        note="all but one unknown February session: nothing can be recorded")  # fmt: skip
    yes("y39_becker_unsicher.eml", 2, (1012, 1013), days("02-09", "02-12"), "2026-02-25 12:12",
        re(1016),
        "Hallo,\n\n09.02. und 12.02. hatten wir. Beim 16. bin ich nicht sicher, ob Sie überhaupt"
        " angerufen haben, ich hatte an dem Tag mein Handy verlegt.\n\nGruß Becker",
        client="outlook", reply="cr-1016", style="outlook", staff=True,
        note="16.2. in doubt, 19.2. and 23.2. not named")  # fmt: skip
    yes("y40_hoffmann_falscher_tag.eml", 6, (1040, 1041), days("05-04", "05-11", "05-19"),
        "2026-05-21 07:05", re(1042),
        "Hallo,\n\nbestätige 4.5., 11.5. und 19.5., jeweils Gerätetraining per Video.\n\nP. Hoffmann",
        client="outlook", reply="cr-1042", style="outlook_classic", staff=True,
        note="19.5. fits no appointment (18.5. had two sessions); 4.5. and 11.5. are clear")  # fmt: skip
    yes("y41_carter_one_missed.eml", 11, (), (), "2026-09-09 08:20",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 07.09.2026",
        "Hi again,\n\nI've been travelling, so catching up now: all the Monday sessions since"
        " early August happened except one that I skipped when I was in Lisbon - I honestly"
        " don't remember which Monday that was. Could you check on your side?\n\nEmily",
        client="gmail", reply="cr-1074", style="gmail_en", bottom=True, staff=True,
        note="no day named, one unknown session missed: nothing can be recorded")  # fmt: skip
    yes("y52_hartmann_mittwoch.eml", 20, (), days("11-04", "11-11", "11-18", "11-25"),
        "2026-11-27 09:30", re(1123),
        "Hallo,\n\nhiermit bestätige ich meine Termine am Mittwoch 4.11., 11.11., 18.11. und"
        " 25.11.\n\nLeonie Hartmann",
        client="webde", reply="cr-1123", style="webde", staff=True,
        note="her sessions are Tuesdays; none of the four named Wednesdays fits one")  # fmt: skip


def look_alikes() -> None:
    no("y42_koch_zukunft.eml", 18, ("other",), "2026-04-12 16:30",
       "AW: Erinnerung: Ihr Termin am 13.04.2026",
       "Danke für die Erinnerung. Ich habe mir den 13.4. und den 15.4. im Kalender eingetragen"
       " und werde zu Hause am Telefon sein.\n\nRenate Koch",
       client="tonline", reply="rem-1114", style="tonline", staff=False,
       note="future days acknowledged, nothing took place yet")  # fmt: skip
    no("y43_zimmermann_frage.eml", 15, ("question",), "2026-10-22 17:40", re(1095),
       "Guten Tag,\n\nkönnen Sie mir sagen, ob am 12. und am 19. Oktober Termine waren? Ich finde"
       " meinen Zettel nicht mehr und möchte nichts Falsches bestätigen.\n\nK. Zimmermann",
       reply="cr-1095", style="outlook_classic",
       note="days he asks about, not days he confirms")  # fmt: skip
    no("y44_krueger_zitat_liste.eml", 1, ("other",), "2026-02-19 13:05",
       "AW: Offene Bestätigungen",
       "Ich schaue heute Abend in meinen Kalender und melde mich dann.\n\nSabine Krüger\n\n"
       "-----Ursprüngliche Nachricht-----\nVon: Praxis Impulse <termine@praxis-impulse.de>\n"
       "Gesendet: Mittwoch, 18. Februar 2026 16:20\nAn: sabine.krueger@web.de\n"
       "Betreff: Offene Bestätigungen\n\nLiebe Frau Krüger,\n\nuns fehlen noch Ihre"
       " Bestätigungen für die Termine am 27.01., 03.02., 10.02. und 17.02.2026. Bitte"
       " bestätigen Sie uns kurz, dass die Behandlungen stattgefunden haben.\n\n"
       "Viele Grüße\nIhr Team der Praxis Impulse",
       client="webde", staff=False,
       note="the list of days is in the quoted staff mail; she only promises to answer")  # fmt: skip
    no("y45_demir_verschieben.eml", 3, ("reschedule",), "2026-04-09 20:02",
       "Termine 15. und 22. April",
       "Hallo,\n\nam 15. und am 22. April kann ich leider nicht, ich habe Frühschicht. Können"
       " wir die auf nachmittags verschieben?\n\nLG Aylin Demir",
       client="gmail")  # fmt: skip
    no("y46_wolff_niemand.eml", 4, ("other",), "2026-02-24 11:11", re(1033),
       "SEHR GEEHRTE DAMEN UND HERREN\n\nDIE TERMINE AM 13.02. UND 20.02. HABE ICH NICHT GEHABT."
       " ICH HABE GEWARTET ABER NIEMAND HAT ANGERUFEN. BITTE UM RÜCKRUF.\n\nWOLFF",
       client="tonline", reply="cr-1033", style="tonline",
       note="complaint: the days named did not take place")  # fmt: skip
    no("y47_popescu_noch_termine.eml", 7, ("question",), "2026-06-12 10:20",
       "Frage Termine",
       "Guten Tag,\n\nich habe noch Termine am 23.6. und 30.6.? Oder ist fertig nach 16.6.?"
       " Bitte sagen Sie mir.\n\nElena Popescu",
       client="yahoo")  # fmt: skip
    no("y48_brandt_urlaub.eml", 10, ("cancellation",), "2026-08-03 08:30", re(1066),
       "Moin,\n\nich sehe gerade die Bestätigungsanfragen für den 17., 24. und 31. Juli. Da war"
       " ich im Urlaub und hatte die Termine vorher telefonisch abgesagt - bitte prüfen Sie das,"
       " da hat nichts stattgefunden.\n\nLukas Brandt",
       client="thunderbird", reply="cr-1066", style="thunderbird",
       note="the named sessions did not take place and are still scheduled")  # fmt: skip
    no("y49_vogel_rechnung.eml", 13, ("question",), "2026-10-05 08:00", "Rechnung September",
       "Sehr geehrte Damen und Herren,\n\nauf Ihrer Rechnung vom 30.09. sind die Termine 10.09.,"
       " 17.09. und 24.09. aufgeführt. Bitte stellen Sie die Rechnung auf die Kanzleiadresse"
       " aus, nicht auf meine Privatadresse." + VOGEL_SIG,
       client="outlook",
       note="days listed on an invoice, not a confirmation")  # fmt: skip
    no("y50_lehmann_liste.eml", 14, ("question",), "2026-10-16 12:00", "Terminliste für die Kasse",
       "Hallo,\n\nmeine Krankenkasse möchte eine Liste aller Termine von September bis Oktober."
       " Könnten Sie mir die schicken (8.9. bis 13.10. müsste es sein)?\n\nDanke und Grüße\n"
       "Anna Lehmann",
       client="thunderbird")  # fmt: skip
    no("y51_nowak_jahresende.eml", 19, ("other",), "2026-12-01 19:30", "Zwischen den Jahren",
       "Hallo,\n\nnur zur Info für die Planung: vom 28.12. bis zum 2.1. bin ich nicht da, also"
       " bitte keine Termine in der Zeit. Ab dem 5. Januar gerne wieder freitags.\n\nDavid Nowak")  # fmt: skip
    no("y53_jansen_welche.eml", 17, ("question",), "2026-11-10 18:00", "Termine November",
       "Hi,\n\nwelche Termine hab ich im November noch? 12., 19. und 26.? Will nur sichergehen"
       " wegen Urlaub.\n\nOle",
       client="gmail")  # fmt: skip
    no("y54_aydin_krank.eml", 22, ("cancellation",), "2026-03-16 08:15", re(1133),
       "hallo\nich war krank ganze woche 9. bis 13. märz, termin 12. märz nicht gemacht,"
       " telefon war aus. entschuldigung\nmehmet aydın",
       reply="cr-1133", style="outlook",
       note="12.3. (1133) missed, still scheduled")  # fmt: skip
    no("y55_richter_verschieben.eml", 8, ("reschedule",), "2026-06-08 09:45",
       "AW: Ihr Videotermin am 10.06.2026",
       "Hi,\n\nkönnen wir den 10.6. und den 17.6. auf 18:30 schieben? Komme vorher nicht aus dem"
       " Büro.\n\nDanke, Jonas" + IPHONE,
       client="iphone", reply="vl-1052", style="iphone")  # fmt: skip
    no("y56_berger_spaeter.eml", 24, ("other",), "2026-05-21 16:00", re(1143),
       "Guten Tag,\nmeine Tochter bringt mir den Laptop erst am Wochenende, dann schreibe ich"
       " Ihnen alle Tage auf.\nU. Berger",
       reply="cr-1143", style="webde", bottom=True, staff=False,
       note="promises to confirm later; nothing to record, the requests stay open")  # fmt: skip
    no("y57_carter_link.eml", 11, ("technical",), "2026-08-12 13:10",
       "Re: Bitte bestätigen Sie Ihre Behandlung vom 10.08.2026",
       "Hi,\n\nI can't confirm Aug 3 or Aug 10 - both times the video link said the code was"
       " invalid and I gave up after 15 minutes. Could you send me a new code?\n\nEmily",
       client="gmail", reply="cr-1070", style="gmail_en",
       note="the named sessions did not take place (technical failure)")  # fmt: skip


def main() -> None:
    load_practice()
    del mc.MAILS[:]
    confirmations()
    unclear_confirmations()
    look_alikes()
    mc.HERE = HERE  # check and write into this set's folder (the practice is loaded)
    HERE.mkdir(parents=True, exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.write_labels()
    text = (HERE / "labels.toml").read_text(encoding="utf-8")
    (HERE / "labels.toml").write_text(
        text.replace("Generated by make_corpus.py.", "Generated by blind_y.py."), encoding="utf-8"
    )
    sure = sum("confirmation" in m.label.categories for m in mc.MAILS)
    print(f"{len(mc.MAILS)} mails, {sure} confirmations", file=sys.stderr)


if __name__ == "__main__":
    from tools.corpus import blind_y

    blind_y.main()
