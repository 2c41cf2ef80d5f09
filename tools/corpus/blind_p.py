"""Write blind set P: a winter's worth of patient replies (45 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_p`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
30 mails confirm at least one day, 15 look like confirmations and are not. Across the
patients of the practice snapshot: short yeses under our request, full sentences, several
days at once in every date form (27.1., 03.02.2026, "9. Juni", "2026-07-03", "14/04",
"Dienstag und Donnerstag", "gestern", "letzte Woche Donnerstag"), confirmations next to
days that are not treatments (an invoice, a prescription), partial confirmations, relatives
writing, questions and reschedules in the same mail, future sessions acknowledged; German
first, some English, learners and elderly writers, every mail program and quote style
make_corpus knows, top- and bottom-posted.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_p")


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


IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
GMX_APP = "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet."


def confirmations() -> None:
    yes("p01_krueger_ja.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 18:12", re(1003),
        "Ja, hat stattgefunden am 27.1.\n\nLG Sabine", client="gmail", reply="cr-1003",
        style="gmail")  # fmt: skip
    yes("p02_krueger_drei.eml", 1, (1004, 1005, 1006), ("2026-02-03", "2026-02-10", "2026-02-17"),
        "2026-02-18 20:05", "Termine Februar",
        "Guten Abend,\n\nhiermit bestätige ich die Termine vom 3.2., 10.2. und 17.2.2026.\n"
        "Die Rechnung vom 12.02. habe ich gestern überwiesen.\n\nMit freundlichen Grüßen\n"
        "Sabine Krüger",
        note="12.02. is an invoice date, not a treatment")  # fmt: skip
    yes("p03_becker_kurz.eml", 2, (1010,), (), "2026-02-02 20:40", re(1010),
        "Ja, bestätigt.\n\nT. Becker", client="outlook", reply="cr-1010", style="outlook",
        note="a bare yes under our request for 02.02.2026; the quote names the day")  # fmt: skip
    yes("p04_becker_frage.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"), "2026-02-13 08:10",
        "Termine diese Woche",
        "Hallo,\n\nMo 9.2. und Do 12.2. waren beide in Ordnung, bitte beide so verbuchen.\n"
        "Kommenden Montag schaffe ich es erst 10 Minuten später, geht das?\n\nThomas Becker",
        staff=True, extra=("question",), note="question about next Monday")  # fmt: skip
    yes("p05_demir_daumen.eml", 3, (1021,), ("2026-03-18",), "2026-03-19 07:45", re(1021),
        "Ja war am 18.03 alles gut 👍" + IPHONE, client="iphone", reply="cr-1021",
        style="iphone")  # fmt: skip
    yes("p06_demir_spaet.eml", 3, (1019, 1020), ("2026-03-04", "2026-03-11"), "2026-03-12 21:30",
        "Bestätigung",
        "Hallo,\nsorry dass ich mich erst jetzt melde, die Termine am 4. und 11. März haben "
        "beide stattgefunden.\nViele Grüße\nAylin", client="gmail")  # fmt: skip
    yes("p07_wolff_gross.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 10:20", re(1028),
        "GUTEN TAG,\nDIE BEHANDLUNG AM FREITAG DEN 16. JANUAR HAT STATTGEFUNDEN.\nMFG\n"
        "H.J. WOLFF", client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("p08_wolff_monatsende.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-01 11:02", "Behandlungen Januar",
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlungen vom 23. und 30. "
        "Januar 2026. Am 30.01. war die Leitung am Anfang etwas schlecht, aber dann ging es "
        "gut.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff", client="tonline")  # fmt: skip
    yes("p09_schulz_mutter.eml", 5, (1034, 1035), ("2026-04-16", "2026-04-23"),
        "2026-04-24 19:03", "Marie Schulz",
        "Hallo,\n\nhier schreibt Katrin Schulz, die Mutter von Marie. Marie hatte gestern "
        "(23.4.) und letzte Woche Donnerstag ihre Stunde, beides hat gut geklappt.\n\n"
        "Liebe Grüße\nKatrin Schulz", name="Katrin Schulz",
        note="mother writes; 'letzte Woche Donnerstag' = 16.04.")  # fmt: skip
    yes("p10_schulz_fieber.eml", 5, (1036,), ("2026-04-30", "2026-05-07"), "2026-05-08 17:40",
        "Stunden 30.4. und 7.5.",
        "Hallo,\n\ndie Stunde am 30.4. hat stattgefunden. Am 7. Mai hatte Marie Fieber, wir "
        "haben nur ganz kurz gesprochen und nach 5 Minuten aufgehört. Zählt das trotzdem?\n\n"
        "Gruß K. Schulz", name="Katrin Schulz", staff=True, extra=("question",),
        note="07.05. was broken off after 5 minutes: staff decide")  # fmt: skip
    yes("p11_hoffmann_zweimal.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 20:00",
        "Heute 2 Termine",
        "Hallo,\n\nheute beide Termine wahrgenommen, früh und mittags. Bestätige hiermit "
        "18.05.2026 zweimal.\n\nGruß\nP. Hoffmann", client="outlook",
        note="two appointments on 18.05., both confirmed")  # fmt: skip
    yes("p12_hoffmann_abgesagt.eml", 6, (1040,), ("2026-05-04",), "2026-05-12 07:05",
        "Termine Mai",
        "Termin 4.5. ja. Den am 11.5. musste ich absagen, hatte ich telefonisch Bescheid "
        "gegeben.\n\nPeter Hoffmann", client="outlook", staff=True, extra=("cancellation",),
        note="11.05. still scheduled although he says he cancelled by phone")  # fmt: skip
    yes("p13_popescu_lernerin.eml", 7, (1046, 1047), ("2026-06-02", "2026-06-09"),
        "2026-06-10 12:30", re(1047),
        "Guten Tag,\nich bestätige Behandlung von 9 Juni, war sehr gut. Und am 2 Juni auch "
        "war.\nDanke schön\nElena", client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    yes("p14_richter_formulare.eml", 8, (1052, 1053), ("2026-06-10", "2026-06-17"),
        "2026-06-18 23:14", "termine",
        "jo 10.6 und 17.6 passt beides war da\nformulare hab ich euch schon geschickt oder?\n"
        "jonas", client="apple", staff=True, extra=("question",),
        note="question whether the forms arrived")  # fmt: skip
    yes("p15_neumann_zukunft.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 09:50", "Behandlungen",
        "Liebe Frau Doktor,\n\nich möchte Ihnen mitteilen, dass die Behandlungen am Dienstag "
        "und Donnerstag (7. und 9. Juli) stattgefunden haben. Nächste Woche bin ich wie "
        "besprochen am Dienstag wieder dabei.\n\nHerzliche Grüße\nGisela Neumann",
        note="next Tuesday is a future session, only acknowledged")  # fmt: skip
    yes("p16_brandt_iso.eml", 10, (1063, 1064), ("2026-07-03", "2026-07-10"), "2026-07-10 19:01",
        re(1064),
        "Bestätige: 2026-07-03 und 2026-07-10 haben stattgefunden.\n\n-- \nLukas Brandt",
        client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True)  # fmt: skip
    yes("p17_carter_en.eml", 11, (1069, 1070), ("2026-08-03", "2026-08-10"), "2026-08-10 15:10",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 10.08.2026",
        "Hi,\n\nyes, today's session (Aug 10) took place. Also confirming last Monday, "
        "3 August - sorry I forgot to reply to that one.\n\nThanks,\nEmily", client="gmail",
        reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("p18_yildiz_lernerin.eml", 12, (1076,), ("2026-08-12",), "2026-08-13 09:15", re(1076),
        "Hallo ich bestatige termin 12.08 war gut\nDanke\nFatma", client="webde",
        reply="cr-1076", style="webde")  # fmt: skip
    yes("p19_vogel_kanzlei.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"),
        "2026-09-17 09:00", "AW: Bitte bestätigen Sie Ihre Behandlung vom 17.09.2026",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die heutige Sitzung sowie "
        "die vom 10.09.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner "
        "Rechtsanwälte mbB\nTel. 0211 555 120\n\nDiese E-Mail kann vertrauliche "
        "Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie "
        "bitte sofort den Absender und vernichten Sie diese E-Mail.", client="outlook",
        reply="cr-1083", style="outlook_classic")  # fmt: skip
    yes("p20_lehmann_vier.eml", 14, (1087, 1088, 1089, 1090),
        ("2026-09-08", "2026-09-15", "2026-09-22", "2026-09-29"), "2026-09-30 16:20",
        "Rückmeldung Termine September",
        "Hallo,\n\nkurze Rückmeldung: 15.9., 22.9. und 29.9. haben alle stattgefunden. Den "
        "8.9. hab ich evtl. schon bestätigt, der war aber auch.\n\nViele Grüße\nAnna Lehmann"
        "\n\n--\nAnna Lehmann\nInstitut für Soziologie\nUniversität Beispielstadt")  # fmt: skip
    yes("p21_zimmermann_galaxy.eml", 15, (1094,), ("2026-10-12",), "2026-10-12 13:00",
        re(1094), "Ja hat stattgefunden 12.10." + SAMSUNG, client="samsung",
        reply="cr-1094", style="samsung")  # fmt: skip
    yes("p22_schaefer_buero.eml", 16, (1098, 1099, 1100), ("2026-10-07", "2026-10-14",
        "2026-10-21"), "2026-10-22 08:00", "Termine Oktober",
        "Guten Morgen,\n\ndie Termine am 7., 14. und 21. Oktober haben stattgefunden.\n\n"
        "Beste Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatung\nHauptstraße 12\n\n"
        "Diese Nachricht ist vertraulich.", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer", client="outlook", note="her second, registered address")  # fmt: skip
    yes("p23_jansen_moin.eml", 17, (1104, 1105), ("2026-10-22", "2026-10-29"), "2026-10-29 11:30",
        re(1105), "Moin,\n\nja, heute 10 Uhr hat stattgefunden. Die Woche davor (22.10.) "
        "auch.\n\nOle", client="gmail", reply="cr-1105", style="gmail")  # fmt: skip
    yes("p24_koch_monatswechsel.eml", 18, (1109, 1110, 1111, 1112),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01"), "2026-04-02 10:00",
        "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlungen am "
        "23.3., 25.3., 30.3. und 1.4. stattgefunden haben.\n\nMit freundlichen Grüßen\n"
        "Renate Koch", client="tonline")  # fmt: skip
    yes("p25_nowak_knapp.eml", 19, (1116, 1117, 1118), ("2026-11-06", "2026-11-13", "2026-11-20"),
        "2026-11-21 12:00", "Termine",
        "Hi,\n13.11 und 20.11 fanden statt. 6.11. auch.\nVG David")  # fmt: skip
    yes("p26_hartmann_verschieben.eml", 20, (1120, 1121), ("2026-11-03", "2026-11-10"),
        "2026-11-11 18:30", "Termine + Frage",
        "Hallo!\n\nDie Termine am Dienstag 3.11. und 10.11. haben stattgefunden 😊\n"
        "Ich hätte noch eine Frage: kann ich den Termin am 17. auf 18 Uhr verschieben?\n\n"
        "Liebe Grüße\nLeonie" + SAMSUNG, client="samsung", staff=True,
        extra=("reschedule",), note="17.11. is a future session she wants moved")  # fmt: skip
    yes("p27_wagner_neujahr.eml", 21, (1124, 1125), ("2026-01-12", "2026-01-19"),
        "2026-01-20 08:45", "Bestätigung",
        "Hallo und frohes neues Jahr noch,\n\n12.01. und 19.01. bestätigt.\n\nLG Sophie"
        + GMX_APP)  # fmt: skip
    yes("p28_aydin_lerner.eml", 22, (1130, 1131), ("2026-02-19", "2026-02-26"),
        "2026-02-27 14:10", "termin",
        "Hallo Guten Tag,\nich war bei termin am 19.2 und 26.2 , bestetige.\nMehmet Aydin")  # fmt: skip
    yes("p29_oneill_en.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21"), "2026-04-22 08:05",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 21.04.2026",
        "Confirmed - the session on 21 April went ahead as planned. Also happy to confirm "
        "14/04.\n\nRegards,\nJames", client="outlook", reply="cr-1137",
        style="outlook_en")  # fmt: skip
    yes("p30_berger_ehemann.eml", 24, (1142, 1143, 1144), ("2026-05-06", "2026-05-13",
        "2026-05-20"), "2026-05-21 11:20", "Behandlungen Mai",
        "Liebe Praxis,\n\nmein Mann schreibt für mich, weil ich mit dem Computer nicht so "
        "kann. Die Behandlungen am 6. Mai, 13. Mai und gestern waren alle.\n\nViele Grüße\n"
        "Ursula Berger (geschrieben von Werner)",
        note="husband writes for her; 'gestern' = 20.05.")  # fmt: skip


def lookalikes() -> None:
    no("p31_krueger_rechnung.eml", 1, ("question",), "2026-03-05 09:30", "Rechnung",
       "Hallo,\n\nich habe eine Frage zur Rechnung vom 03.03.2026: die Zuzahlung hatte ich "
       "doch schon bezahlt?\n\nSabine Krüger",
       note="03.03. is an invoice date; 1008 is the same day but not confirmed")  # fmt: skip
    no("p32_becker_nein.eml", 2, ("other",), "2026-02-17 07:50", re(1014),
       "Nein, der Termin am 16.02. hat nicht stattgefunden, ich war krank und hatte "
       "abgesagt.\n\nT. Becker", client="outlook", reply="cr-1014", style="outlook")  # fmt: skip
    no("p33_demir_verschieben.eml", 3, ("reschedule",), "2026-04-13 20:00",
       "Termin 15.04.",
       "Hallo, können wir den Termin am 15.04. auf Donnerstag verschieben? Danke, Aylin"
       + IPHONE, client="iphone")  # fmt: skip
    no("p34_wolff_hausarzt.eml", 4, ("other",), "2026-02-14 10:00", "Freitag",
       "Sehr geehrte Damen und Herren,\nam 13.02. war ich beim Hausarzt, deshalb konnte ich "
       "nicht. Nächsten Freitag bin ich wieder da.\nMfG H.-J. Wolff",
       client="tonline")  # fmt: skip
    no("p35_schulz_video.eml", 5, ("technical",), "2026-05-22 18:00", "Video geht nicht",
       "Hallo,\nbeim letzten Mal war das Bild bei uns nur schwarz, Ton ging auch nicht. Was "
       "können wir tun?\nK. Schulz", name="Katrin Schulz")  # fmt: skip
    no("p36_richter_absage.eml", 8, ("cancellation",), "2026-06-23 21:00", "absage morgen",
       "hey, ich muss morgen (24.6.) leider absagen, hab prüfung. sorry\njonas",
       client="apple")  # fmt: skip
    no("p37_neumann_erinnerung.eml", 9, ("other",), "2026-07-22 10:00",
       "AW: Erinnerung: Ihr Termin am 23.07.2026",
       "Danke für die Erinnerung, ich bin am Donnerstag dabei.\nGisela Neumann",
       reply="rem-1061", style="thunderbird", client="thunderbird", staff=False,
       note="acknowledges a future session; nothing to do")  # fmt: skip
    no("p38_carter_missed.eml", 11, ("reschedule",), "2026-08-25 09:00", "Missed session",
       "Hi,\n\nI'm so sorry, I completely missed yesterday's session (24 August). Could we "
       "find another slot this week?\n\nEmily", client="gmail")  # fmt: skip
    no("p39_vogel_rechnung.eml", 13, ("other",), "2026-10-02 08:30", "Rechnung September",
       "Sehr geehrte Damen und Herren,\n\nbitte senden Sie die Rechnung vom 30.09. an die "
       "Kanzleiadresse.\n\nMit freundlichen Grüßen\nDr. Michael Vogel",
       client="outlook")  # fmt: skip
    no("p40_jansen_abbruch.eml", 17, ("technical",), "2026-11-13 10:00", "Verbindung",
       "Hallo,\n\ndie Verbindung am 12.11. ist nach 5 Minuten abgebrochen und ich kam nicht "
       "mehr rein. Das sollte bitte nicht abgerechnet werden.\n\nOle", client="gmail",
       note="12.11. did not take place properly: not a treatment day")  # fmt: skip
    no("p41_koch_rezept.eml", 18, ("other",), "2026-04-14 11:00", "Rezept",
       "Sehr geehrte Damen und Herren,\ndas neue Rezept vom 10.04. habe ich bekommen, ich "
       "schicke es Ihnen mit der Post.\nMit freundlichen Grüßen\nRenate Koch",
       client="tonline")  # fmt: skip
    no("p42_hartmann_rest.eml", 20, ("question",), "2026-11-25 19:00", "Frage Rezept",
       "Hallo, wie viele Termine habe ich noch übrig auf dem Rezept? LG Leonie")  # fmt: skip
    no("p43_oneill_tomorrow.eml", 23, ("other",), "2026-05-04 20:00",
       "RE: Erinnerung: Ihr Termin am 05.05.2026",
       "Just confirming I'll be there tomorrow, 5 May, 7:30pm.\n\nJames", client="outlook",
       reply="rem-1139", style="outlook_en", staff=False,
       note="a future session acknowledged, not a treatment confirmed")  # fmt: skip
    no("p44_berger_krank.eml", 24, ("other",), "2026-05-28 10:30", "Mittwoch",
       "Guten Tag,\nich war am Mittwoch krank und konnte nicht, tut mir leid.\nUrsula Berger")  # fmt: skip
    no("p45_nowak_niemand.eml", 19, ("other",), "2026-11-27 09:00", re(1119),
       "Hat nicht stattgefunden. Es war niemand im Call, ich habe 20 Minuten gewartet.\n\nDavid",
       reply="cr-1119", style="gmail", client="gmail")  # fmt: skip


def main() -> None:
    load_practice()
    mc.HERE = HERE
    confirmations()
    lookalikes()
    HERE.mkdir(parents=True, exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.write_labels()
    print(f"{len(mc.MAILS)} mails")


if __name__ == "__main__":
    main()
