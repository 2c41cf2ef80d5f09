"""Write blind set BC: a plain, representative inbox of the whole year, nothing themed.

46 mails from the patients in practice.toml as they would really answer: mostly short
replies under our confirmation request in various mail programs (web.de, Gmail, iPhone,
Outlook, Thunderbird, T-Online, Yahoo, Samsung), some with and some without the date,
some new mails with the date in the subject or text, a few with several days at once, a
few late, a few with a question or a problem beside the yes; 35 confirm at least one
session, 11 do not. The look-alikes: cancellations, a reschedule wish, questions about a coming
session, a missed session, a technical problem, a reply to a reminder, a "confirmation"
of a cancelled day, of a day without appointment and of a future day.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bc`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import video_link_subject as vid

HERE = data_dir("blind_bc")


def re(aid: int, prefix: str = "AW:") -> str:
    return (
        f"{prefix} Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"
    )


def winter() -> None:
    """January to March."""
    yes("bc01_sophie_ja_war.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 11:34", re(1124),
        "Ja, war am 12.01. 👍\n\nLG Sophie", client="webde", reply="cr-1124", style="webde")  # fmt: skip
    yes("bc02_wolff_hiermit.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:48", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische Behandlung am "
        "Freitag, den 16.01.2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("bc03_krueger_kurz.eml", 1, (1004,), (), "2026-02-03 12:41", re(1004),
        "Ja hat stattgefunden.\nGruß S. Krüger", client="webde", reply="cr-1004",
        style="webde", note="a yes under our request for 03.02.2026, no day named")  # fmt: skip
    yes("bc04_becker_0502.eml", 2, (1011,), ("2026-02-05",), "2026-02-05 20:17", re(1011, "Re:"),
        "Bestätige den Termin vom 05.02., danke!\n\nThomas Becker",
        client="gmail", reply="cr-1011", style="gmail")  # fmt: skip
    yes("bc05_wolff_nachgereicht.eml", 4, (1029, 1030, 1031),
        ("2026-01-23", "2026-01-30", "2026-02-06"), "2026-02-09 10:05",
        "Bestätigung Behandlungen",
        "Guten Tag,\n\nich habe vergessen, die letzten Termine zu bestätigen. Die Behandlungen am "
        "23.1., 30.1. und 6.2. haben alle stattgefunden.\n\nMfG\nH.-J. Wolff\nTel. 0172 4455219",
        client="tonline", note="new mail, three past Fridays at once")  # fmt: skip
    yes("bc06_becker_zwei.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"), "2026-02-13 08:22",
        "Termine 9.2. + 12.2.",
        "Hallo,\n\nkurz zur Info: die beiden Telefontermine am 9.2. und 12.2. haben stattgefunden.\n\n"
        "Gruß\nT. Becker", client="gmail")  # fmt: skip
    yes("bc07_sophie_nicht_angerufen.eml", 21, (1129,), ("2026-02-16",), "2026-02-16 11:20",
        re(1129), "Hallo, heute 16.2. hat alles geklappt, danke.\nAber am 9.2. hat mich niemand "
        "angerufen bzw. keiner war im Video, ich hab 20 min gewartet. Der Termin hat also nicht "
        "stattgefunden, bitte nicht abrechnen.\n\nSophie Wagner", client="webde",
        reply="cr-1129", style="webde", staff=True, extra=("other",),
        note="confirms 16.02., says 09.02. (still open) did not take place")  # fmt: skip
    yes("bc08_mehmet_telefoniert.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:12", re(1130),
        "hallo ja wir haben telefoniert am 19.2 danke\n\nmehmet", client="outlook",
        reply="cr-1130", style="outlook")  # fmt: skip
    yes("bc09_mehmet_spaet.eml", 22, (1131, 1132), ("2026-02-26", "2026-03-05"),
        "2026-03-09 21:40", "Bestätigung",
        "Guten Abend\nich bestätige die Behandlung am 26.02 und am 05.03 beide waren am telefon\n"
        "Sorry das es so spät ist\nMehmet Aydın", client="outlook")  # fmt: skip
    yes("bc10_demir_daumen.eml", 3, (1019,), (), "2026-03-04 10:26", re(1019, "Re:"),
        "Ja fand statt 👍\n\nVon meinem iPhone gesendet", client="iphone", reply="cr-1019",
        style="iphone")  # fmt: skip
    yes("bc11_krueger_frage.eml", 1, (1008,), ("2026-03-03",), "2026-03-03 18:02", re(1008),
        "Hallo,\n\nja die Behandlung am 3.3. hat stattgefunden.\nIch hab noch eine Frage: mein Rezept "
        "ist ja nach dem nächsten Mal aufgebraucht, soll ich mir beim Arzt ein neues holen oder "
        "machen Sie das?\n\nViele Grüße\nSabine Krüger", client="webde", reply="cr-1008",
        style="webde", staff=True, extra=("question",))  # fmt: skip
    yes("bc12_koch_ruecken.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 17:41", re(1109),
        "Ja die Behandlung war am 23.3. Mein Rücken ist schon etwas besser, die Übungen mache ich "
        "jeden Morgen.\nGrüße Renate Koch", client="tonline", reply="cr-1109",
        style="tonline")  # fmt: skip


def spring() -> None:
    """March to June."""
    yes("bc13_koch_mittwoch.eml", 18, (1110,), ("2026-03-25",), "2026-03-26 09:15", re(1110),
        "Guten Morgen,\ngestern, Mittwoch 25.03., hat die Behandlung stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nRenate Koch", client="tonline", reply="cr-1110",
        style="tonline")  # fmt: skip
    yes("bc14_james_late.eml", 23, (1138,), (), "2026-05-20 08:55", re(1138, "RE:"),
        "Hi,\n\nsorry for the very late reply, I just found this in my inbox. Yes, that session "
        "took place.\n\nBest,\nJames", client="outlook", reply="cr-1138", style="outlook_en",
        note="weeks late, a yes under the request for 28.04.2026")  # fmt: skip
    yes("bc15_james_confirmed.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 07:58", re(1136, "RE:"),
        "Confirmed - the session on 14 April happened. Thanks!\n\nJames O'Neill",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("bc16_schulz_1604.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:03", re(1034),
        "Hallo,\n\nja, die Behandlung am 16.4. hat stattgefunden.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("bc17_schulz_verschieben.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 17:20", re(1035),
        "Hallo, die Behandlung am 23.04. hat stattgefunden.\nKönnten wir den Termin nächste Woche "
        "(30.4.) eine Stunde später machen? Ich komme da erst um 16 Uhr von der Arbeit.\n\nMarie",
        client="thunderbird", reply="cr-1035", style="thunderbird", staff=True,
        extra=("reschedule",))  # fmt: skip
    yes("bc18_hoffmann_outlook.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:44", re(1040),
        "Bestätigt, KG am Gerät am 04.05. hat stattgefunden.\n\nPeter Hoffmann\n"
        "Mobil: +49 151 2233 4455", client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("bc19_hoffmann_beide.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:02",
        "Termine heute 18.05.",
        "Hallo Praxis Impulse,\n\nbeide Termine heute am 18.05. (morgens Gerät, mittags Manuelle) "
        "haben stattgefunden.\n\nGruß\nPeter Hoffmann", client="outlook",
        note="two sessions on one day, both confirmed")  # fmt: skip
    yes("bc20_berger_neu.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 16:10",
        "Bestätigung 06.05.2026",
        "Hiermit bestätige ich meine Behandlung vom 06.05.2026.\n\nUrsula Berger",
        client="plain")  # fmt: skip
    yes("bc21_elena_danke.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:05", re(1046),
        "Hallo, ich bestätige Termin 02.06. war gut. Danke schön\nElena", client="yahoo",
        reply="cr-1046", style="yahoo")  # fmt: skip
    yes("bc22_elena_juni.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 14:30", re(1047),
        "ja Behandlung hat statt gefunden am 9 juni\nviele grüße Elena Popescu", client="yahoo",
        reply="cr-1047", style="yahoo")  # fmt: skip
    yes("bc23_jonas_jap.eml", 8, (1051,), (), "2026-06-03 21:12", re(1051, "Re:"),
        "Jap, hat stattgefunden 👍\n\nGesendet von meinem iPhone", client="iphone",
        reply="cr-1051", style="iphone")  # fmt: skip


def summer() -> None:
    """July to September."""
    yes("bc24_neumann_zwei.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"), "2026-07-10 09:12",
        "Behandlungen diese Woche",
        "Sehr geehrte Damen und Herren,\n\ndie Telefonbehandlungen am Dienstag, 7.7., und am "
        "Donnerstag, 9.7., haben stattgefunden.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird")  # fmt: skip
    yes("bc25_brandt_moin.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:21", re(1063),
        "Moin, bestätige hiermit den 03.07.\n\nGruß Lukas", client="thunderbird",
        reply="cr-1063", style="thunderbird")  # fmt: skip
    yes("bc26_emily_yes.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:02", re(1069, "Re:"),
        "Hi, yes the session on August 3rd took place. Thanks, Emily", client="gmail",
        reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("bc27_emily_sheet.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 19:04", re(1070, "Re:"),
        "Yes, confirmed for Aug 10.\n\nQuick question: could you send me the exercise sheet again? "
        "I can't find it anywhere.\n\nThanks!\nEmily", client="gmail", reply="cr-1070",
        style="gmail_en", staff=True, extra=("question",))  # fmt: skip
    yes("bc28_fatma_kurz.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:33", re(1075),
        "Ja hat statt gefunden 5.8\nFatma", client="samsung", reply="cr-1075",
        style="samsung")  # fmt: skip
    yes("bc29_vogel_signatur.eml", 13, (1082,), (), "2026-09-10 08:52", re(1082),
        "Hiermit bestätigt.\n\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\nFriedrichstr. 112, "
        "10117 Berlin\nTel. 030 4411 2290 | Fax 030 4411 2299", client="outlook", reply="cr-1082",
        style="outlook_classic", note="a yes under our request for 10.09.2026")  # fmt: skip
    yes("bc30_lehmann_nachtrag.eml", 14, (1088, 1089, 1090),
        ("2026-09-15", "2026-09-22", "2026-09-29"), "2026-10-02 22:47", "Nachtrag Bestätigungen",
        "Hallo,\n\nsorry, ich hab die letzten Wochen nicht geantwortet. Die Termine am 15.9., 22.9. "
        "und 29.9. haben alle stattgefunden.\n\nBeste Grüße\nAnna Lehmann", client="thunderbird",
        note="late, three Tuesdays at once")  # fmt: skip


def autumn() -> None:
    """October to December."""
    yes("bc31_zimmermann_jawoll.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 14:06", re(1093),
        "Jawoll, hat geklappt am Montag 5.10.\nKlaus Zimmermann", client="plain",
        reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("bc32_schaefer_buero.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 07:52", re(1098),
        "Guten Morgen,\n\ndie Behandlung gestern Abend (07.10.) hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nBirgit Schäfer\nSchäfer Steuerberatung\nTel. 030 8812 334",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("bc33_ole_danke.eml", 17, (1104,), (), "2026-10-22 11:58", re(1104, "Re:"),
        "Hey, ja hat stattgefunden, danke!\nOle", client="gmail", reply="cr-1104",
        style="gmail", bottom=True)  # fmt: skip
    yes("bc34_nowak_kurz.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:14", re(1116, "Re:"),
        "Bestätigt, 6.11.\n\nD. Nowak", client="plain", reply="cr-1116",
        style="thunderbird")  # fmt: skip
    yes("bc35_leonie_ton.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:20", re(1120),
        "Hallo,\n\ndie Behandlung am 3.11. hat stattgefunden. Der Ton war zwischendurch zweimal weg, "
        "aber wir haben es dann hinbekommen. Geht das nächstes Mal vielleicht stabiler? Ich bin "
        "im WLAN.\n\nLG Leonie Hartmann", client="webde", reply="cr-1120", style="webde",
        staff=True, extra=("technical",))  # fmt: skip


def look_alikes() -> None:
    no("bc36_krueger_krank.eml", 1, ("cancellation",), "2026-03-09 12:14", rem(1009),
       "Hallo,\n\nich muss den Termin morgen leider absagen, ich liege mit Fieber im Bett.\n\n"
       "Gruß Sabine Krüger", client="webde", reply="rem-1009", style="webde")  # fmt: skip
    no("bc37_demir_abgesagt.eml", 3, ("confirmation",), "2026-04-02 09:30", "Termin 01.04.",
       "Hallo, hiermit bestätige ich den Termin vom 01.04.\nAylin Demir", client="gmail",
       note="the 01.04.2026 session was cancelled: nothing to record")  # fmt: skip
    no("bc38_wolff_samstag.eml", 4, ("confirmation",), "2026-02-16 10:00", "Behandlung Freitag",
       "Guten Tag,\n\ndie Behandlung am Freitag 14.02. hat stattgefunden.\n\nMfG H.-J. Wolff",
       client="tonline", dates=("2026-02-14",),
       note="14.02. is a Saturday without appointment (the Friday was 13.02.): staff must ask")  # fmt: skip
    no("bc39_schulz_verschieben.eml", 5, ("reschedule",), "2026-05-20 16:45", rem(1038),
       "Hallo,\nkönnte ich den Termin morgen auf Freitag verschieben? Ich habe kurzfristig einen "
       "Arzttermin bekommen.\nDanke, Marie Schulz", client="thunderbird", reply="rem-1038",
       style="thunderbird")  # fmt: skip
    no("bc40_hoffmann_theraband.eml", 6, ("question",), "2026-05-29 12:10", vid(1045, "AW"),
       "Brauche ich für den Termin am Montag das Theraband oder reicht die Matte?\n\nP. Hoffmann",
       client="outlook", reply="vl-1045", style="outlook")  # fmt: skip
    no("bc41_jonas_verpasst.eml", 8, ("other", "reschedule"), "2026-06-17 20:40", re(1053, "Re:"),
       "Sorry, das hat heute nicht geklappt, ich war nicht rechtzeitig zuhause. Der Termin hat "
       "also nicht stattgefunden. Können wir den nachholen?\n\nJonas\n\nGesendet von meinem iPhone",
       client="iphone", reply="cr-1053", style="iphone",
       note="missed session under our request: not a confirmation")  # fmt: skip
    no("bc42_brandt_bin_dabei.eml", 10, ("other",), "2026-08-06 17:30", rem(1068),
       "Passt, bin morgen dabei. Danke für die Erinnerung!\nLukas", client="thunderbird",
       reply="rem-1068", style="thunderbird", staff=False,
       note="acknowledges a reminder for a coming session: nothing to record, nobody needed")  # fmt: skip
    no("bc43_schaefer_link.eml", 16, ("technical",), "2026-10-26 19:30", vid(1101, "AW"),
       "Hallo,\n\nder Zugangscode wird bei mir nicht angenommen, da steht \"ungültig\". Ich habe es "
       "mit Chrome und Firefox probiert. Was kann ich tun? Der Termin ist ja am Mittwoch.\n\n"
       "Birgit Schäfer", client="webde", reply="vl-1101", style="webde")  # fmt: skip
    no("bc44_nowak_zukunft.eml", 19, ("confirmation",), "2026-11-18 09:05", "Termin 20.11.",
       "Hallo, ich bestätige den Termin am 20.11. um 8 Uhr.\nDavid Nowak", client="plain",
       note="a coming session: nothing to record yet")  # fmt: skip
    no("bc45_mehmet_absage.eml", 22, ("cancellation",), "2026-03-25 14:20", rem(1135),
       "hallo kann morgen nicht ich muss arbeiten, bitte absagen\nmehmet", client="outlook",
       reply="rem-1135", style="outlook")  # fmt: skip
    no("bc46_berger_rezept.eml", 24, ("question",), "2026-05-13 11:05", re(1143),
       "Guten Tag,\n\nwie viele Termine habe ich eigentlich noch? Auf meinem Rezept stehen 6 "
       "Behandlungen.\n\nFreundliche Grüße\nU. Berger", client="plain", reply="cr-1143",
       style="thunderbird", note="a question under our request, no yes given")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
