"""Write blind set AH: an ordinary inbox in the practice's busiest weeks (50 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ah`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
The weeks with the most appointments in the snapshot: late January to early March
(Krüger, Becker, Wolff, Wagner, Aydın), May (Hoffmann, O'Neill, Berger, Schulz) and
November (Zimmermann, Hartmann, Schäfer, Jansen, Nowak), and a few from the summer.
Many patients answering our confirmation requests, reminders and video-link mails, most
of them in a line or two, from every mail program and quote style make_corpus knows;
privately insured patients with Manuelle Therapie or KG am Gerät, and Herr Hoffmann's
two sessions on Monday 18 May (KGG at 07:30, MT at 12:30) told apart by the time, by the
kind, by both, or not at all; some who confirm several sessions at once (up to the year
end); and the usual look-alikes: "see you tomorrow" under a reminder, a link that does not
work, cancellations, a call nobody made, a broken-off session, an invoice question, a
"took place" for a day that was cancelled.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_ah")

SALUTATIONS = {
    2: "Herr Becker", 4: "Herr Wolff", 6: "Herr Hoffmann", 8: "Herr Richter",
    10: "Herr Brandt", 13: "Herr Dr. Vogel", 15: "Herr Zimmermann", 17: "Herr Jansen",
    19: "Herr Nowak", 22: "Herr Aydın", 23: "Herr O'Neill",
}  # fmt: skip


def load_practice() -> None:
    data = mc.load_snapshot(
        lambda p: SALUTATIONS.get(p["id"], f"Frau {p['name'].split()[-1]}"),
    )
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def _check_times(file: str, date: str, reply: str | None, ids: tuple[int, ...]) -> None:
    """A reply comes after the mail it answers; a confirmed session ended before the mail."""
    moment = mc.local(date)
    if reply is not None:
        assert mc.OUTBOX[reply].sent_at < moment, f"{file}: answers {reply} before it was sent"
    for aid in ids:
        a = mc.APPOINTMENTS[aid]
        assert a.start.timestamp() + a.minutes * 60 < moment.timestamp(), f"{file}: {aid}"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None,
        forward=None):  # fmt: skip
    _check_times(file, date, reply, ids)
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, forward=forward,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), note="", staff=True, sender=None, name=None):  # fmt: skip
    _check_times(file, date, reply, ())
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          label=Label(cats, patient=pid, dates=dates, needs_staff=staff, note=note))  # fmt: skip


def re_rem(aid: int, prefix: str = "AW") -> str:
    return f"{prefix}: Erinnerung: Ihr Termin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def re_vl(aid: int, prefix: str = "AW") -> str:
    return f"{prefix}: Ihr Videotermin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


IPHONE = "\n\nVon meinem iPhone gesendet"
IPAD = "\n\nVon meinem iPad gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
GMX_APP = "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet."
WEBDE_APP = "\n\n--\nGesendet mit der WEB.DE Mail App"
PROTON = "\n\nSent with Proton Mail secure email."
OUTLOOK_APP = "\n\nHolen Sie sich Outlook für Android<https://aka.ms/AAb9ysg>"
SCHAEFER_SIG = (
    "\n\nBirgit Schäfer\nSteuerberaterin\n\nSchäfer Steuerberatung\nKaiserstraße 14 · 60311"
    " Frankfurt am Main\nTel. 069 4412 880 · Fax 069 4412 889\n\nDiese E-Mail enthält"
    " vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige"
    " Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort"
    " den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte"
    " Weitergabe dieser Mail sind nicht gestattet."
)
HOFFMANN_SIG = (
    "\n\n--\nPeter Hoffmann\nLeiter Einkauf\nHoffmann & Söhne Metallbau GmbH\nIndustriestr. 7,"
    " 42551 Velbert\nMobil 0171 5538812\n\nHoffmann & Söhne Metallbau GmbH · Sitz Velbert ·"
    " Amtsgericht Wuppertal HRB 19921 · Geschäftsführer: Peter Hoffmann, Karl Hoffmann"
)


def winter() -> None:
    """Late January to early March: Krüger, Becker, Wolff, Wagner, Aydın, Demir."""
    yes("ah01_krueger_kurz.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 12:41", re(1004),
        "Ja hat stattgefunden, 3.2.\n\nGruß S. Krüger", client="gmail", reply="cr-1004",
        style="gmail")  # fmt: skip
    yes("ah02_becker_mt_montag.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:47",
        re(1010), "Bestätigt – MT am Montag, 2.2., hat telefonisch stattgefunden.\n\nT. Becker"
        + IPHONE, client="iphone", reply="cr-1010", style="iphone")  # fmt: skip
    yes("ah03_becker_drei_auf_einmal.eml", 2, (1011, 1012, 1013),
        ("2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-13 07:58", re(1013),
        "Guten Morgen,\n\nich hänge mit den Bestätigungen etwas hinterher, sorry. Hiermit für"
        " alle drei auf einmal: die Manuelle Therapie am 05.02., 09.02. und 12.02. hat jeweils"
        " wie geplant am Telefon stattgefunden.\n\nBeste Grüße\nThomas Becker",
        client="outlook", reply="cr-1013", style="outlook_classic")  # fmt: skip
    yes("ah04_wolff_brief.eml", 4, (1031,), ("2026-02-06",), "2026-02-07 10:02", re(1031),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich Ihnen, daß die telefonische"
        " Behandlung am Freitag, dem 6. Februar 2026, stattgefunden hat. Die Übungen mache ich"
        " wie besprochen jeden Morgen.\n\nMit freundlichen Grüßen\n\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1031", style="tonline")  # fmt: skip
    yes("ah05_wagner_heute.eml", 21, (1128,), ("2026-02-09",), "2026-02-09 11:52", re(1128),
        "ja war heute um halb 10, alles gut 👍\nLG Sophie" + WEBDE_APP, client="webde",
        reply="cr-1128", style="webde")  # fmt: skip
    yes("ah06_krueger_zwei_dienstage.eml", 1, (1005, 1006), ("2026-02-10", "2026-02-17"),
        "2026-02-18 20:15", re(1006),
        "Hallo liebes Praxisteam,\n\ndie letzten beiden Dienstage (10. und 17. Februar) hatten"
        " wir unsere Videostunde, beide haben stattgefunden. Mein Knie wird langsam besser!\n\n"
        "Viele Grüße\nSabine Krüger", client="gmail", reply="cr-1006", style="gmail",
        bottom=True)  # fmt: skip
    yes("ah07_aydin_telefon.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 14:22", re(1130),
        "Hallo\nja Termin war 19.02 telefon hat stattgefunden\nDanke schön\nMehmet Aydin"
        + SAMSUNG, client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("ah08_becker_erinnerung_heute_und_montag.eml", 2, (1016, 1017),
        ("2026-02-23", "2026-02-26"), "2026-02-26 18:31", re_rem(1017, "Re"),
        "Heute 17:30 hat stattgefunden, Montag (23.2.) übrigens auch, hatte ich noch nicht"
        " bestätigt.\nDanke!\nTB" + IPHONE, client="iphone", reply="rem-1017",
        style="iphone")  # fmt: skip
    yes("ah09_aydin_monatswechsel.eml", 22, (1131, 1132), ("2026-02-26", "2026-03-05"),
        "2026-03-05 16:40", "Termine",
        "Sehr geehrte Praxis\n\nDie Termin 26 Februar und 5 März war beide am Telefon, alles"
        " gut gemacht mit Therapeut. Ich bestätige beide.\n\nMit freundliche Grüße\nMehmet"
        " Aydın", client="plain")  # fmt: skip
    yes("ah10_wagner_rosenmontag.eml", 21, (1129,), ("2026-02-16",), "2026-02-16 12:05",
        re(1129), "Trotz Rosenmontag hat die Stunde heute Morgen stattgefunden 😄 Helau!\n\n"
        "Sophie Wagner", client="webde", reply="cr-1129", style="webde")  # fmt: skip
    yes("ah11_wolff_januar_ende.eml", 4, (1030,), ("2026-01-30",), "2026-02-02 09:14",
        "Behandlung Ende Januar",
        "Guten Tag,\n\nich habe auf Ihre Mail vom Freitag noch nicht geantwortet. Die Behandlung"
        " am letzten Freitag im Januar (30.01.) hat stattgefunden.\n\nMit freundlichen Grüßen\n"
        "H.-J. Wolff", client="tonline")  # fmt: skip
    yes("ah12_demir_maerz.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:44",
        "Fwd: Bitte bestätigen Sie Ihre Behandlung vom 04.03.2026",
        "Hallo, ja die Behandlung vom 04.03.2026 hat stattgefunden. Hab aus Versehen auf"
        " Weiterleiten gedrückt statt Antworten 🙈\nLG Aylin", client="gmail", forward="cr-1019",
        style="forward_gmail", note="forwards our request back instead of replying")  # fmt: skip
    yes("ah13_krueger_falscher_tag.eml", 1, (1004,), ("2026-02-03", "2026-02-11"),
        "2026-02-12 19:02", "Bestätigung",
        "Hallo,\n\nhiermit bestätige ich die Behandlungen am 3.2. und am 11.2.\n\nGruß Sabine"
        " Krüger", client="gmail", staff=True,
        note="11.2. is a Wednesday with no appointment (her session that week was Tuesday"
        " 10.2.); only 3.2. is clear, staff must ask about the other")  # fmt: skip


def spring() -> None:
    """May: Hoffmann (KGG and MT, two on 18 May), O'Neill, Berger, Schulz."""
    yes("ah14_hoffmann_kgg.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:12", re(1040),
        "Guten Tag,\n\ndas Gerätetraining am 04.05. fand statt.\n\nMit freundlichen Grüßen\n"
        "Peter Hoffmann" + HOFFMANN_SIG, client="outlook", reply="cr-1040",
        style="outlook")  # fmt: skip
    yes("ah15_hoffmann_beide_am_18.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:30",
        re(1043),
        "Hallo,\n\nbeide Termine am 18.5. haben stattgefunden, morgens das Gerätetraining und"
        " mittags die Manuelle Therapie.\n\nGruß\nPeter Hoffmann" + OUTLOOK_APP,
        client="outlook", reply="cr-1043", style="outlook")  # fmt: skip
    yes("ah16_hoffmann_nur_mt.eml", 6, (1043,), ("2026-05-18",), "2026-05-19 08:03",
        "Termine Montag",
        "Guten Morgen,\n\ndie Manuelle Therapie am Montag, 18.05., hat stattgefunden. Das"
        " Gerätetraining am frühen Morgen habe ich nicht gemacht, das hatte ich ja am Freitag"
        " telefonisch abgesagt.\n\nMfG\nP. Hoffmann" + HOFFMANN_SIG, client="outlook",
        staff=True,
        note="MT (12:30) confirmed by its kind; the KGG at 07:30 the same day did not take"
        " place and still stands as scheduled: staff must cancel it")  # fmt: skip
    yes("ah17_hoffmann_uhrzeit.eml", 6, (1042,), ("2026-05-18",), "2026-05-18 09:40",
        re(1042), "7:30 fand statt.\nGruß PH", client="outlook", reply="cr-1042",
        style="outlook",
        note="answers the request for the 07:30 KGG and names that time; the MT at 12:30 is"
        " still to come")  # fmt: skip
    yes("ah18_hoffmann_ohne_unterscheidung.eml", 6, (), ("2026-05-18",), "2026-05-18 21:10",
        "Bestätigung 18.5.",
        "Termin am 18.5. hat stattgefunden.\n\nP. Hoffmann" + OUTLOOK_APP, client="outlook",
        staff=True,
        note="two sessions that day (KGG 07:30, MT 12:30); a new mail, not a reply, that says"
        " neither which nor both: staff must ask")  # fmt: skip
    yes("ah19_oneill_english.eml", 23, (1139,), ("2026-05-05",), "2026-05-05 21:24",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 05.05.2026",
        "Hi,\n\nyes, the session on Tuesday 5th May went ahead as planned.\n\nCheers,\nJames",
        client="gmail", reply="cr-1139", style="gmail_en")  # fmt: skip
    yes("ah20_oneill_two_at_once.eml", 23, (1140, 1141), ("2026-05-12", "2026-05-19"),
        "2026-05-20 08:05", "RE: Bitte bestätigen Sie Ihre Behandlung vom 19.05.2026",
        "Hello,\n\nconfirming both manual therapy calls, 12/05 and 19/05. Sorry for the slow"
        " reply, busy fortnight.\n\nKind regards\nJames O'Neill", client="outlook",
        reply="cr-1141", style="outlook_en")  # fmt: skip
    yes("ah21_berger_grossbuchstaben.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 14:20",
        re(1142), "JA DER TERMIN AM 6.5. WAR\nMIT FREUNDLICHEN GRÜSSEN\nURSULA BERGER",
        client="plain", reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("ah22_berger_tochter.eml", 24, (1143, 1144), ("2026-05-13", "2026-05-20"),
        "2026-05-21 18:45", "Telefontermine meiner Mutter",
        "Guten Abend,\n\nhier schreibt Claudia Berger, die Tochter von Frau Ursula Berger. Meine"
        " Mutter hat mich gebeten, Ihnen mitzuteilen, dass die Telefontermine am Mittwoch, den"
        " 13. Mai und Mittwoch, den 20. Mai stattgefunden haben. Sie kommt mit dem Mailen nicht"
        " so gut zurecht.\n\nFreundliche Grüße\nClaudia Berger", client="plain",
        name="Ursula Berger")  # fmt: skip
    yes("ah23_schulz_mutter.eml", 5, (1037,), ("2026-05-07",), "2026-05-07 17:55", re(1037),
        "Hallo,\n\nMarie hatte am Donnerstag (7.5.) ihre Stunde per Video, hat gut geklappt.\n\n"
        "Viele Grüße\nKatrin Schulz", client="thunderbird", reply="cr-1037",
        style="thunderbird", name="Katrin Schulz",
        note="the mother writes from the registered address for her daughter")  # fmt: skip
    yes("ah24_schulz_monatsende.eml", 5, (1038, 1039), ("2026-05-21", "2026-05-28"),
        "2026-05-28 18:20", re(1039),
        "Die Stunden am 21. und am 28.05. haben beide stattgefunden.\nK. Schulz",
        client="thunderbird", reply="cr-1039", style="thunderbird", bottom=True,
        name="Katrin Schulz")  # fmt: skip


def autumn() -> None:
    """November: Zimmermann, Hartmann, Schäfer, Jansen, Nowak; and a summer handful."""
    yes("ah25_zimmermann_oktober.eml", 15, (1094, 1095), ("2026-10-12", "2026-10-19"),
        "2026-10-27 09:30", "Oktober",
        "Guten Tag,\n\ndie Anrufe am 12. und 19.10. haben stattgefunden, der 26. ist ja"
        " ausgefallen wie besprochen.\n\nGruß\nKlaus Zimmermann\n\n\n"
        "Mit Yahoo Mail für Android senden", client="yahoo",
        note="the 26th was cancelled (also in the snapshot); nothing to do for it")  # fmt: skip
    yes("ah26_hartmann_videolink_danke.eml", 20, (1120,), ("2026-11-03",), "2026-11-07 15:42",
        re_vl(1121),
        "Danke für den Link! Die erste Stunde am Dienstag hat übrigens super geklappt, hätte"
        " nicht gedacht, dass das per Video so gut geht.\n\nLiebe Grüße\nLeonie",
        client="gmail", reply="vl-1121", style="gmail",
        note="answers the video link for 10.11.; 'am Dienstag' is her first session on"
        " 3.11.")  # fmt: skip
    yes("ah27_schaefer_buero.eml", 16, (1102,), ("2026-11-04",), "2026-11-05 08:10",
        "Bestätigung Videobehandlung",
        "Guten Morgen,\n\ndie Videobehandlung vom 4.11. hat stattgefunden.\n\nFreundliche"
        " Grüße" + SCHAEFER_SIG, client="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer")  # fmt: skip
    yes("ah28_schaefer_elfter.eml", 16, (1103,), ("2026-11-11",), "2026-11-11 21:04",
        re(1103), "Ja, hat am 11.11. stattgefunden – trotz Karnevalsauftakt 😉\nBirgit"
        + GMX_APP, client="samsung", reply="cr-1103", style="samsung")  # fmt: skip
    yes("ah29_jansen_moin.eml", 17, (1106,), ("2026-11-05",), "2026-11-05 11:52", re(1106),
        "Moin! Gerätetraining am 05.11.26 lief, danke.\nOle" + IPHONE, client="apple",
        reply="cr-1106", style="iphone")  # fmt: skip
    yes("ah30_jansen_zwei_und_frage.eml", 17, (1107, 1108), ("2026-11-12", "2026-11-19"),
        "2026-11-19 13:15", re(1108),
        "Moin,\n\nbestätige KGG 12.11. und 19.11., beides hat stattgefunden.\n\nKurze Frage"
        " noch: Die Verordnung ist ja jetzt aufgebraucht, oder? Muss ich für Dezember eine"
        " neue besorgen?\n\nOle Jansen", client="apple", reply="cr-1108", style="iphone",
        extra=("question",), staff=True)  # fmt: skip
    yes("ah31_nowak_proton.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 09:41", re(1116),
        "Hallo,\n\nbestätige: MT-Sitzung am Fr, 06.11.2026, 08:00 Uhr, per Video hat"
        " stattgefunden.\n\nDavid Nowak" + PROTON, client="plain", reply="cr-1116",
        style="gmail", bottom=True)  # fmt: skip
    yes("ah32_nowak_jahresende.eml", 19, (1117, 1118, 1119),
        ("2026-11-13", "2026-11-20", "2026-11-27"), "2026-12-29 11:06",
        "Bestätigungen November",
        "Hallo zusammen,\n\nkurz vor dem Jahreswechsel noch meine offenen Bestätigungen für"
        " November: 13.11., 20.11. und 27.11. – alle drei MT-Sitzungen haben stattgefunden.\n\n"
        "Guten Rutsch!\nDavid Nowak" + PROTON, client="plain")  # fmt: skip
    yes("ah33_vogel_weiterleitung.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:20",
        "WG: Bitte bestätigen Sie Ihre Behandlung vom 10.09.2026",
        "Fand statt.\nMV\n\nDr. med. Michael Vogel\nVogel & Partner Orthopädie\n", client="outlook",
        forward="cr-1082", style="forward_outlook",
        note="forwards our request back with a two-word answer above it")  # fmt: skip
    yes("ah50_richter_erinnerung.eml", 8, (1051,), ("2026-06-03",), "2026-06-09 20:10",
        re_rem(1052),
        "Danke, morgen 18 Uhr passt. Die Stunde letzte Woche (3.6.) hat übrigens stattgefunden,"
        " das hatte ich ganz vergessen zu bestätigen.\n\nJonas" + IPHONE, client="iphone",
        reply="rem-1052", style="iphone",
        note="a reminder for 10.6. answered; confirms last week's MT of 3.6.")  # fmt: skip
    yes("ah34_carter_august.eml", 11, (1069, 1070), ("2026-08-03", "2026-08-10"),
        "2026-08-10 14:02", "Re: Bitte bestätigen Sie Ihre Behandlung vom 10.08.2026",
        "Hi there,\n\njust confirming that my video sessions on Monday 3 August and today both"
        " happened. I never replied to the first one, sorry!\n\nBest,\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en", bottom=True)  # fmt: skip
    yes("ah35_yildiz_august.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:30",
        re(1075), "merhaba ja termin 5.8 hat statt gefunden tesekkürler\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip


def lookalikes() -> None:
    no("ah36_becker_bis_morgen.eml", 2, ("other",), "2026-02-15 18:02", re_rem(1014, "Re"),
       "Passt, bin morgen um 17:30 erreichbar.\nTB" + IPHONE, client="iphone",
       reply="rem-1014", style="iphone", staff=False,
       note="acknowledges a future session")  # fmt: skip
    no("ah37_krueger_link_kaputt.eml", 1, ("technical",), "2026-02-10 09:52", re_vl(1005),
       "Hallo, der Zugangscode geht bei mir nicht, da steht immer \"ungültig\". Was mache ich"
       " falsch? Termin ist ja gleich um 10!\nSabine Krüger", client="gmail", reply="vl-1005",
       style="gmail")  # fmt: skip
    no("ah38_wolff_absage.eml", 4, ("cancellation",), "2026-02-11 16:20",
       "Absage Freitag 13.2.",
       "Sehr geehrte Damen und Herren,\n\nden Termin am Freitag, 13.02., muß ich leider"
       " absagen, ich habe an dem Tag einen Termin beim Kardiologen.\n\nMit freundlichen"
       " Grüßen\nHans-Jürgen Wolff", client="tonline")  # fmt: skip
    no("ah39_aydin_keiner_angerufen.eml", 22, ("other",), "2026-03-12 14:35", re(1133),
       "Hallo\nnein heute war keine Anruf. Ich habe gewartet 12:30 bis 13 Uhr aber niemand"
       " hat angerufen. Bitte neue Termin\nMehmet" + SAMSUNG, client="samsung",
       reply="cr-1133", style="samsung",
       note="the session of 12.03. did not take place; a complaint")  # fmt: skip
    no("ah40_hoffmann_pfingsten.eml", 6, ("other",), "2026-05-25 08:40", re_rem(1044),
       "Ja, Dienstag 7:30 passt. Danke für die Verschiebung wegen Pfingsten.\n\nGruß"
       " P. Hoffmann" + OUTLOOK_APP, client="outlook", reply="rem-1044", style="outlook",
       staff=False, note="acknowledges tomorrow's session")  # fmt: skip
    no("ah41_oneill_cancel_tonight.eml", 23, ("cancellation", "reschedule"), "2026-04-28 15:10",
       "Tonight's session",
       "Hi,\n\nreally sorry but I have to cancel tonight's call (28 April), stuck at the office"
       " until late. Could we find another slot this week?\n\nJames", client="outlook",
       )  # fmt: skip
    no("ah42_berger_nicht_gewesen.eml", 24, ("cancellation", "reschedule"), "2026-05-27 15:02",
       re(1145), "DER TERMIN HEUTE WAR NICHT ICH WAR BEIM ARZT\nBITTE NEUEN TERMIN\nBERGER",
       client="plain", reply="cr-1145", style="thunderbird",
       note="says the session of 27.05. did not take place")  # fmt: skip
    no("ah43_jansen_abgebrochen.eml", 17, ("technical",), "2026-10-29 12:05", re(1105),
       "Moin, leider nein. Die Verbindung ist nach ein paar Minuten abgebrochen und kam nicht"
       " wieder, ich hab dann aufgegeben. Können wir das nachholen?\nOle", client="apple",
       reply="cr-1105", style="iphone",
       note="the session of 29.10. was broken off, not held")  # fmt: skip
    no("ah44_schaefer_verschieben.eml", 16, ("reschedule",), "2026-11-08 19:44",
       "Termin Mittwoch",
       "Hallo,\n\nkönnten wir den Termin am 11.11. auf 18 Uhr vorziehen? Um 19 Uhr ist"
       " Elternabend bei meinem Sohn.\n\nDanke und viele Grüße\nBirgit Schäfer" + GMX_APP,
       client="samsung")  # fmt: skip
    no("ah45_wagner_abgesagter_tag.eml", 21, ("confirmation",), "2026-02-03 20:10",
       "Bestätigung",
       "Hallo, ich wollte noch bestätigen, dass der Termin am Montag 2.2. stattgefunden hat.\n"
       "LG Sophie Wagner", client="webde", dates=("2026-02-02",),
       note="the session of 2.2. was cancelled in the snapshot; she says it took place:"
       " nothing may be recorded, staff must look")  # fmt: skip
    no("ah46_becker_rechnung.eml", 2, ("question",), "2026-03-04 21:13",
       "Rechnung Februar",
       "Guten Abend,\n\nauf der Rechnung für Februar stehen 9 Termine Manuelle Therapie. Nach"
       " meiner Zählung waren es aber 8. Können Sie das bitte prüfen? Für die Beihilfe brauche"
       " ich eine korrekte Aufstellung.\n\nBeste Grüße\nThomas Becker", client="outlook",
       note="an invoice question, no day confirmed")  # fmt: skip
    no("ah47_hartmann_handy.eml", 20, ("question", "technical"), "2026-11-14 16:02",
       re_vl(1122),
       "Hallo, kann ich am Dienstag auch mit dem Handy teilnehmen? Ich bin dann nicht zuhause"
       " und hab den Laptop nicht dabei.\nLG Leonie", client="gmail", reply="vl-1122",
       style="gmail")  # fmt: skip
    no("ah48_richter_zaehlt_das.eml", 8, ("question",), "2026-06-10 19:48", re(1052),
       "Hallo,\n\nheute ist die Verbindung nach etwa zehn Minuten weggebrochen und die"
       " Therapeutin kam nicht mehr rein. Wird das trotzdem als Behandlung abgerechnet? Dann"
       " würde ich das ungern bestätigen.\n\nJonas Richter" + IPHONE, client="iphone",
       reply="cr-1052", style="iphone",
       note="a broken-off MT session of 10.06.; he explicitly does not confirm")  # fmt: skip
    no("ah49_zimmermann_keiner_da.eml", 15, ("other",), "2026-11-02 12:48", re(1097),
       "Heute hat niemand angerufen. Ich war den ganzen Vormittag zuhause am Telefon.\n"
       "Zimmermann", client="yahoo", reply="cr-1097", style="yahoo",
       note="the call of 02.11. did not happen; a complaint")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    autumn()
    lookalikes()
    mc.HERE = HERE
    HERE.mkdir(parents=True, exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.write_labels()
    confirming = sum("confirmation" in m.label.categories for m in mc.MAILS)
    print(f"{len(mc.MAILS)} mails, {confirming} confirmations")


if __name__ == "__main__":
    main()
