"""Write blind set AQ: an ordinary inbox around the turn of the year and in the cold months
(the practice's November to February sessions). 41 mails: 31 that confirm at least one
session (short replies under our request from phones, webmail and office Outlook, new mails
with several days, late answers written before Christmas or between the years, a January
date written with last year's number, colds, snow and black ice in passing) and 10
look-alikes: sessions missed through flu or fever, a day moved, a confirmation of a
cancelled day, a cancellation and a reschedule, a question about the sessions left on the
prescription, a catch-up question, and two greeting mails with no confirmation.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_aq`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, write_set
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_aq")


def _check_reply(reply: str | None, date: str) -> None:
    if reply is not None:
        assert mc.OUTBOX[reply].sent_at < mc.local(date), f"{reply} answered before we sent it"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None):  # fmt: skip
    _check_reply(reply, date)
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), note="", staff=True, sender=None, name=None):  # fmt: skip
    _check_reply(reply, date)
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          label=Label(cats, patient=pid, dates=dates, needs_staff=staff, note=note))  # fmt: skip


def re_short(aid: int) -> str:
    return f"Re: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def january() -> None:
    """January 2026: Sabine Krüger, Hans-Jürgen Wolff, Sophie Wagner."""
    yes("aq01_kruger_erkaeltet.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:05", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.1. hat stattgefunden. Bin zwar etwas erkältet,"
        " aber die Übungen gingen trotzdem.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("aq02_wolff_jahr_vertippt.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:40", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung vom"
        " 16.01.2025.\n\nMit freundlichem Gruß\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline",
        note="old year written out of habit in January; same day, under our request for 16.01.2026")  # fmt: skip
    yes("aq03_wagner_frohes_neues.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 13:05",
        re_short(1124),
        "ja, Termin am 12.01. hat stattgefunden 👍 frohes neues Jahr noch nachträglich!\n\n"
        "Sophie",
        client="gmail", reply="cr-1124", style="gmail")  # fmt: skip
    yes("aq04_wagner_zwei_nach_grippe.eml", 21, (1125, 1126), ("2026-01-19", "2026-01-26"),
        "2026-01-27 20:14", "Bestätigung Termine Januar",
        "Hallo liebes Praxisteam,\n\nsorry für die späte Rückmeldung, mich hat die Grippe"
        " erwischt und ich hab eine Woche keine Mails gelesen. Die beiden Termine am 19. und"
        " am 26. Januar haben aber beide stattgefunden.\n\nLiebe Grüße\nSophie Wagner",
        client="gmail")  # fmt: skip
    yes("aq08_wolff_kurz.eml", 4, (1029,), (), "2026-01-23 15:50", re(1029),
        "Ja, hat stattgefunden.\nWolff",
        client="tonline", reply="cr-1029", style="tonline",
        note="a yes under our request for 23.01.2026 with no day")  # fmt: skip
    yes("aq09_wolff_uebersehen.eml", 4, (1030,), ("2026-01-30",), "2026-02-05 09:22", re(1030),
        "Guten Morgen,\n\nentschuldigen Sie, ich habe Ihre Mail übersehen. Der Termin am"
        " 30.1. hat stattgefunden, Ihre Kollegin hat pünktlich angerufen.\n\n"
        "Gruß Hans-Jürgen Wolff",
        client="tonline", reply="cr-1030", style="tonline")  # fmt: skip


def february() -> None:
    """February 2026: the same patients on, Thomas Becker, Mehmet Aydın."""
    yes("aq05_kruger_schnee.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 12:40", re(1004),
        "Ja 3.2. war! Zum Glück per Video, bei dem Schnee wär ich nicht aus dem Haus gekommen"
        " 😄\nLG Sabine\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1004", style="iphone")  # fmt: skip
    yes("aq06_becker_mt.eml", 2, (1010,), ("2026-02-02",), "2026-02-03 08:10", re(1010),
        "Guten Morgen,\n\nbestätigt: Manuelle Therapie am 02.02. per Telefon.\n\n"
        "Gruß\nThomas Becker",
        client="webde", reply="cr-1010", style="webde")  # fmt: skip
    yes("aq07_becker_drei_auf_einmal.eml", 2, (1011, 1012, 1013),
        ("2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-14 10:31",
        "Termine Februar",
        "Hallo Praxis Impulse,\n\nich sammle mal: folgende Termine haben stattgefunden\n\n"
        "- Do 05.02.\n- Mo 09.02.\n- Do 12.02.\n\njeweils 17:30 am Telefon.\n\n"
        "Schönes Wochenende\nThomas Becker",
        client="webde")  # fmt: skip
    yes("aq10_aydin_gemacht.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 14:10", re(1130),
        "Hallo,\nja die Behandlung war am 19.2 gemacht, alles gut. Danke schön\n\nMfg\nMehmet",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("aq11_aydin_ok.eml", 22, (1131,), ("2026-02-26",), "2026-02-27 09:00", re(1131),
        "bestätigung 26.02 telefon termin ok",
        client="outlook", reply="cr-1131", style="outlook")  # fmt: skip
    yes("aq22_kruger_formal.eml", 1, (1005,), ("2026-02-10",), "2026-02-11 08:02", re(1005),
        "Guten Morgen,\n\ndie Behandlung vom 10.02.2026 bestätige ich hiermit.\n\n"
        "Freundliche Grüße\nSabine Krüger",
        client="webde", reply="cr-1005", style="webde")  # fmt: skip
    yes("aq23_kruger_krank_spaet.eml", 1, (1006, 1007), ("2026-02-17", "2026-02-24"),
        "2026-03-01 17:45", "Februar Termine",
        "Hallo,\n\nich war die letzte Woche krank und komme jetzt erst zum Antworten. Die zwei"
        " Termine im Februar, 17.2 und 24.2., haben stattgefunden (beim zweiten war ich schon"
        " ziemlich angeschlagen, aber wir haben es durchgezogen).\n\nGruß Sabine Krüger",
        client="webde")  # fmt: skip
    yes("aq24_wagner_nachgeholt.eml", 21, (1128,), ("2026-02-09",), "2026-02-09 11:45",
        re_short(1128),
        "Hallo, ja der Termin heute (9.2.) hat stattgefunden. Den vom 2.2. hatte ich ja wegen"
        " Grippe abgesagt, schön dass es jetzt weitergeht.\n\nLG Sophie",
        client="gmail", reply="cr-1128", style="gmail",
        note="the 2.2. is named as cancelled (and is cancelled), so only 9.2.")  # fmt: skip
    yes("aq25_wagner_samsung.eml", 21, (1129,), ("2026-02-16",), "2026-02-16 18:30", re(1129),
        "Bestätige 16.2.\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1129", style="samsung")  # fmt: skip
    yes("aq26_becker_buero_ja.eml", 2, (1014,), (), "2026-02-17 09:12", re(1014),
        "Ja.\n\nT. Becker",
        client="outlook", reply="cr-1014", style="outlook_classic",
        note="a bare yes under our request for 16.02.2026")  # fmt: skip
    yes("aq27_becker_einer_abgesagt.eml", 2, (1015,), ("2026-02-19",), "2026-02-24 07:55",
        re(1016),
        "Hallo,\n\nkleine Korrektur: am 19.02. hat die Behandlung stattgefunden, den Termin am"
        " 23.02. musste ich aber wegen Erkältung absagen, das hatte ich am Montag früh"
        " telefonisch mit Ihrer Kollegin besprochen. Den bitte nicht abrechnen.\n\n"
        "Gruß\nThomas Becker",
        client="webde", reply="cr-1016", style="webde", staff=True,
        note="19.02. confirmed; 23.02. (still scheduled) cancelled by phone, staff must mark it")  # fmt: skip
    yes("aq28_wolff_glatteis.eml", 4, (1031,), ("2026-02-06",), "2026-02-06 16:10", re(1031),
        "Ja hat stattgefunden am 6.2.\nBei dem Glatteis bin ich froh dass ich nicht in die"
        " Praxis muss.\nGruß Wolff",
        client="tonline", reply="cr-1031", style="tonline")  # fmt: skip
    yes("aq29_wolff_zwei_freitage.eml", 4, (1032, 1033), ("2026-02-13", "2026-02-20"),
        "2026-02-21 10:05", re(1033),
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlungen vom 13.02. und vom"
        " 20.02.2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1033", style="tonline")  # fmt: skip


def november() -> None:
    """November 2026, answered then or in December."""
    yes("aq12_schaefer_verschnupft.eml", 16, (1102,), ("2026-11-04",), "2026-11-05 07:50",
        re(1102),
        "Hallo,\n\nTermin vom 4.11. bestätigt. Ich war etwas verschnupft, aber es ging"
        " gut.\n\nViele Grüße\nBirgit Schäfer",
        client="webde", reply="cr-1102", style="webde")  # fmt: skip
    yes("aq13_schaefer_aus_dem_buero.eml", 16, (1103,), ("2026-11-11",), "2026-11-12 10:15",
        re(1103),
        "Bestätige den 11.11. – kurz aus dem Büro.\n\n"
        "Gruß B. Schäfer\n\n--\nSchäfer Steuerberatung\nBirgit Schäfer\n"
        "Tel. 0341 555 21 90",
        client="outlook", reply="cr-1103", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer")  # fmt: skip
    yes("aq14_jansen_jo.eml", 17, (1106,), ("2026-11-05",), "2026-11-05 13:00", re_short(1106),
        "jo, 5.11. hat geklappt. Grüße Ole",
        client="gmail", reply="cr-1106", style="gmail")  # fmt: skip
    yes("aq15_jansen_zwischen_den_jahren.eml", 17, (1107, 1108), ("2026-11-12", "2026-11-19"),
        "2026-12-29 11:20", "Nachtrag zu meinen Terminen im November",
        "Moin,\n\nzwischen den Jahren räume ich endlich mein Postfach auf und sehe, dass ich"
        " zwei Bestätigungen schuldig bin: die Termine am 12.11. und am 19.11. haben beide"
        " stattgefunden.\n\nGuten Rutsch!\nOle Jansen",
        client="gmail")  # fmt: skip
    yes("aq16_nowak_english.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 09:40",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 06.11.2026",
        "Hi, confirming that my session on Nov 6 took place. Thanks!\n\nDavid",
        client="gmail", reply="cr-1116", style="gmail_en")  # fmt: skip
    yes("aq17_nowak_vor_weihnachten.eml", 19, (1117, 1118, 1119),
        ("2026-11-13", "2026-11-20", "2026-11-27"), "2026-12-22 18:03",
        "Bestätigung MT November",
        "Hallo,\n\nbevor ich über Weihnachten zu meinen Eltern fahre, noch schnell: die"
        " MT-Termine am 13.11., 20.11. und 27.11. haben alle stattgefunden.\n\n"
        "Schöne Feiertage\nDavid Nowak",
        client="plain")  # fmt: skip
    yes("aq18_hartmann_erster.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:10", re(1120),
        "Hallo,\n\nja, die Krankengymnastik am 03.11.2026 hat stattgefunden.\n\n"
        "Viele Grüße\nLeonie Hartmann",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("aq19_hartmann_klein.eml", 20, (1121,), ("2026-11-10",), "2026-11-11 07:02", re(1121),
        "bestätigt, 10.11 war gut\n\nGesendet von iPhone",
        client="iphone", reply="cr-1121", style="iphone")  # fmt: skip
    yes("aq20_hartmann_abgebrochen.eml", 20, (1122,), ("2026-11-17",), "2026-11-17 19:20",
        re(1122),
        "Hallo,\n\nam 17.11. hatten wir Termin, aber nach ca. 15 Minuten ist das Video"
        " abgebrochen, bei uns war wegen dem Sturm das Internet weg. Wir haben dann nicht"
        " mehr weitergemacht. Zählt das trotzdem?\n\nGrüße Leonie Hartmann",
        client="webde", reply="cr-1122", style="webde", staff=True, extra=("technical", "question"),
        note="the session began but was broken off after 15 minutes; staff decide on billing")  # fmt: skip
    yes("aq21_zimmermann_dialekt.eml", 15, (1097,), ("2026-11-02",), "2026-11-02 13:00",
        re_short(1097),
        "Servus,\n\ndes hat scho passt am 2. Novembr, Behandlung war.\n\nKlaus Zimmermann",
        client="thunderbird", reply="cr-1097", style="thunderbird", bottom=True)  # fmt: skip
    yes("aq30_hartmann_vor_weihnachten.eml", 20, (1123,), ("2026-11-24",), "2026-12-23 09:41",
        re(1123),
        "Hallo,\n\nvor Weihnachten noch schnell: der Termin am 24.11. hat stattgefunden, ich"
        " hatte Ihre Mail ganz vergessen. Frohe Weihnachten!\n\nLeonie",
        client="webde", reply="cr-1123", style="webde")  # fmt: skip
    yes("aq31_schaefer_weihnachtsgruss.eml", 16, (1102,), ("2026-11-04",), "2026-12-21 20:30",
        re(1102),
        "Liebes Praxisteam,\n\nbeim Aufräumen sehe ich, dass ich auf diese Mail nie"
        " geantwortet habe: ja, die Behandlung am 4. November hat stattgefunden.\n\n"
        "Ich wünsche Ihnen allen frohe Weihnachten und ein gesundes neues Jahr!\n\n"
        "Birgit Schäfer",
        client="webde", reply="cr-1102", style="webde")  # fmt: skip


def lookalikes() -> None:
    """Ten mails that look like confirmations and are none (for a careful employee)."""
    no("aq32_kruger_fieber_verpasst.eml", 1, ("other",), "2026-02-18 08:30", re(1006),
       "Guten Morgen,\n\nich muss Ihnen leider sagen, dass der Termin gestern nicht"
       " stattgefunden hat, ich lag mit Fieber im Bett und habe den Link gar nicht erst"
       " geöffnet. Tut mir leid!\n\nSabine Krüger",
       client="webde", reply="cr-1006", style="webde",
       note="the session of 17.02. was missed through fever")  # fmt: skip
    no("aq33_becker_verschieben.eml", 2, ("reschedule",), "2026-02-25 12:15",
       "Termin Donnerstag",
       "Hallo,\n\nwie heute am Telefon besprochen: den Termin am Donnerstag, 26.02., würde ich"
       " gern auf nächste Woche verschieben, ich bin ziemlich erkältet und habe kaum"
       " Stimme.\n\nGruß Thomas Becker",
       client="webde")  # fmt: skip
    no("aq34_nowak_weihnachtskarte.eml", 19, ("other",), "2026-12-23 10:12",
       "Frohe Weihnachten!",
       "Liebes Team der Praxis Impulse,\n\nvielen Dank für die gute Betreuung in diesem Jahr,"
       " mein Rücken ist so gut wie lange nicht mehr. Ich wünsche Ihnen frohe Weihnachten"
       " und einen guten Rutsch ins neue Jahr!\n\nHerzliche Grüße\nDavid Nowak",
       staff=False, note="a greeting card mail, no confirmation")  # fmt: skip
    no("aq35_hartmann_rezept_rest.eml", 20, ("question",), "2026-11-25 12:48",
       "Frage zu meinem Rezept",
       "Hallo,\n\nwie viele Termine habe ich noch auf meinem Rezept? Ich meine, es waren 6"
       " verordnet und wir hatten jetzt 4. Muss ich mir vor Weihnachten noch ein neues Rezept"
       " holen?\n\nDanke und viele Grüße\nLeonie Hartmann",
       client="webde")  # fmt: skip
    no("aq36_wagner_abgesagter_tag.eml", 21, ("confirmation",), "2026-02-03 08:05",
       "Termin 2.2.",
       "Hallo, hiermit bestätige ich den Termin vom 2.2.\n\nLG Sophie Wagner",
       client="gmail",
       note="the 2.2. is cancelled in the practice's books: nothing may be recorded")  # fmt: skip
    no("aq37_wagner_verlegt.eml", 21, ("confirmation",), "2026-01-22 09:10", re_short(1125),
       "Hallo,\n\nder Termin vom 19.01. wurde ja telefonisch auf Mittwoch verlegt, weil ich"
       " Montag beim Arzt war. Am 21.01. hat er dann stattgefunden.\n\nViele Grüße\nSophie",
       client="gmail", reply="cr-1125", style="gmail", dates=("2026-01-21",),
       note="moved from 19.01. to 21.01., a day with no appointment: staff must sort it out")  # fmt: skip
    no("aq38_jansen_grippe.eml", 17, ("reschedule",), "2026-11-20 09:05", re_short(1108),
       "Moin, der Termin gestern ist leider ausgefallen, ich lag mit Grippe flach und hab"
       " den Call verpennt. Können wir den nachholen?\n\nOle",
       client="gmail", reply="cr-1108", style="gmail",
       note="the session of 19.11. did not take place")  # fmt: skip
    no("aq39_wolff_absage_grippe.eml", 4, ("cancellation",), "2026-02-19 15:20",
       "AW: Erinnerung: Ihr Termin am 20.02.2026",
       "Guten Tag,\n\nich muss den Termin morgen leider absagen, ich habe die Grippe und liege"
       " im Bett.\n\nMit freundlichem Gruß\nHans-Jürgen Wolff",
       client="tonline", reply="rem-1033", style="tonline")  # fmt: skip
    no("aq40_kruger_frohes_neues.eml", 1, ("other",), "2026-01-02 11:30", "Frohes neues Jahr",
       "Hallo liebes Praxis-Team,\n\nfrohes neues Jahr! Ich freue mich auf den Start am 13.1."
       " und hoffe, der Rücken macht bis dahin mit.\n\nSabine Krüger",
       client="webde", staff=False, note="new-year greeting before the first session")  # fmt: skip
    no("aq41_zimmermann_nachholen.eml", 15, ("reschedule", "question"), "2026-11-03 10:40",
       "ausgefallener Termin",
       "Hallo,\n\nwann holen wir den ausgefallenen Termin vom 26.10. nach? Mir würde es gut"
       " zwischen Weihnachten und Neujahr passen, da hab ich Urlaub.\n\nGruß Klaus Zimmermann",
       client="thunderbird", note="asks to catch up the cancelled 26.10.")  # fmt: skip


def main() -> None:
    load_practice()
    january()
    february()
    november()
    lookalikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
