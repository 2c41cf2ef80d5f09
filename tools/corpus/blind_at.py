"""Write blind set AT: an ordinary inbox of a busy autumn (September to November 2026).

Many patients, each answering in their own habitual way: Anna Lehmann who writes one word,
Birgit Schäfer who writes the full date and a greeting (sometimes from her office address),
Klaus Zimmermann who answers late in a batch, Dr. Vogel who writes formal German from his
office, Emily Carter who writes English, Fatma Yıldız in learners' German, Ole Jansen in
lower case, plus confirmations that carry a question or a small problem (a bad line, a
frozen video, a reschedule wish, an invoice address, forms). 44 mails: 34 meant as
confirmations (one of them names a day with no appointment) and 10 look-alikes: a
cancellation for next week, questions about sessions still ahead, "did you get my
forms?", missed sessions reported, replies to reminders and video links.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_at`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_at")
OFFICE_16 = "b.schaefer@schaefer-steuerberatung.de"


def re_en(aid: int) -> str:
    return f"Re: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def one_word_anna() -> None:
    """Anna Lehmann (14), video KG on Tuesdays 13:00: one word from the university mail."""
    yes("at01_lehmann_ja.eml", 14, (1087,), (), "2026-09-08 15:10", re(1087), "Ja",
        client="thunderbird", reply="cr-1087", style="thunderbird",
        note="one word under our request for 08.09.2026")  # fmt: skip
    yes("at02_lehmann_ja_klein.eml", 14, (1088,), (), "2026-09-15 14:52", re(1088), "ja\n",
        client="thunderbird", reply="cr-1088", style="thunderbird")  # fmt: skip
    yes("at03_lehmann_bestaetigt.eml", 14, (1089,), (), "2026-09-22 16:03", re(1089),
        "Bestätigt.", client="thunderbird", reply="cr-1089", style="thunderbird")  # fmt: skip
    yes("at04_lehmann_iphone.eml", 14, (1090,), (), "2026-09-29 14:41", re(1090),
        "Jep\n\nVon meinem iPhone gesendet", client="iphone", reply="cr-1090",
        style="iphone", note="one word from the phone, under our request")  # fmt: skip
    yes("at05_lehmann_datum.eml", 14, (1091,), ("2026-10-06",), "2026-10-06 17:20", re(1091),
        "ja, 6.10.", client="thunderbird", reply="cr-1091", style="thunderbird")  # fmt: skip
    yes("at06_lehmann_rezept.eml", 14, (1092,), (), "2026-10-13 14:35", re(1092),
        "Ja. Das war jetzt der letzte auf dem Rezept oder? Muss ich ein neues besorgen?\n\nAnna",
        client="thunderbird", reply="cr-1092", style="thunderbird", staff=True,
        extra=("question",), note="yes under our request plus a question about the prescription")  # fmt: skip
    no("at07_lehmann_nicht_stattgefunden.eml", 14, ("other",), "2026-09-29 15:02", re(1090),
       "Nein. Ich war ab 13 Uhr im Videoraum, es kam aber niemand. Hab bis 13:20 gewartet.",
       client="thunderbird", reply="cr-1090", style="thunderbird",
       note="missed session reported under our request: nothing to confirm, staff must look")  # fmt: skip


def formal_vogel() -> None:
    """Dr. Michael Vogel (13), MT by video Thursdays 07:00, writes from his office."""
    sig = ("Mit freundlichen Grüßen\n\nDr. Michael Vogel\nRechtsanwalt\n\nVogel & Partner"
           " Rechtsanwälte mbB\nKaiserdamm 41, 14057 Berlin\nTel. 030 8891 2040 | Fax 030 8891"
           " 2049\nm.vogel@vogel-partner.de")  # fmt: skip
    yes("at08_vogel_formell.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:12", re(1082),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlung"
        " (Manuelle Therapie per Video) am Donnerstag, den 10.09.2026, wie vereinbart"
        f" stattgefunden hat.\n\n{sig}", client="outlook", reply="cr-1082", style="outlook",
        note="formal confirmation with the full date; phone numbers in the signature")  # fmt: skip
    yes("at09_vogel_zwei.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"),
        "2026-09-25 18:40", "Bestätigung Behandlungstermine September 2026",
        "Sehr geehrte Damen und Herren,\n\nich komme erst heute dazu, Ihre Anfragen zu"
        " beantworten. Ich bestätige hiermit die Behandlungen am 17.09.2026 sowie am"
        f" 24.09.2026, jeweils um 07:00 Uhr per Video.\n\n{sig}", client="outlook",
        note="new mail, two days in one")  # fmt: skip
    yes("at10_vogel_rechnung.eml", 13, (1085,), ("2026-10-01",), "2026-10-01 10:05", re(1085),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung vom 01.10.2026 hat stattgefunden.\n\n"
        "Darf ich Sie bitten, die Rechnungen künftig an die Kanzleiadresse (s.u.) zu richten"
        " und nicht mehr an meine Privatanschrift? Für die Beihilfe ist das leider"
        f" erforderlich.\n\n{sig}", client="outlook", reply="cr-1085", style="outlook_classic",
        staff=True, extra=("question",), note="confirmation plus a request about the invoice address")  # fmt: skip
    yes("at11_vogel_nachtrag.eml", 13, (1086,), ("2026-10-08",), "2026-10-23 08:15", re(1086),
        "Sehr geehrte Damen und Herren,\n\nbei Durchsicht meines Posteingangs stelle ich fest,"
        " dass ich Ihre Anfrage noch nicht beantwortet hatte. Die Behandlung am 08.10.2026"
        f" hat selbstverständlich stattgefunden. Bitte entschuldigen Sie die Verzögerung.\n\n{sig}",
        client="outlook", reply="cr-1086", style="outlook_classic",
        note="two weeks late, under our request")  # fmt: skip
    no("at12_vogel_erinnerung.eml", 13, ("other",), "2026-10-07 12:30", rem(1086),
       f"Sehr geehrte Damen und Herren,\n\nvielen Dank für die Erinnerung. Ich werde den"
       f" Termin morgen früh wahrnehmen.\n\n{sig}", client="outlook", reply="rem-1086",
       style="outlook", staff=False,
       note="reply to a reminder for tomorrow: nothing took place yet, nobody needs to act")  # fmt: skip


def full_date_schaefer() -> None:
    """Birgit Schäfer (16), video KG Wednesdays 19:00: full date and greeting, two addresses."""
    office = ("Viele Grüße\nBirgit Schäfer\n\n--\nSchäfer Steuerberatung\nBirgit Schäfer,"
              " Steuerberaterin\nLindenstraße 12, 10969 Berlin\nTel. 030 612 33 90")  # fmt: skip
    yes("at13_schaefer_abends.eml", 16, (1098,), ("2026-10-07",), "2026-10-07 20:48", re(1098),
        "Liebes Praxisteam,\n\nhiermit bestätige ich die Behandlung vom 07.10.2026.\n\n"
        "Viele Grüße\nBirgit Schäfer", client="webde", reply="cr-1098", style="webde")  # fmt: skip
    yes("at14_schaefer_buero.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:31", re(1099),
        "Guten Morgen liebes Praxisteam,\n\nhiermit bestätige ich die Behandlung vom"
        f" 14.10.2026.\n\n{office}", client="outlook", reply="cr-1099", style="outlook",
        sender=OFFICE_16, name="Birgit Schäfer", note="from her second registered address, the office")  # fmt: skip
    yes("at15_schaefer_21.eml", 16, (1100,), ("2026-10-21",), "2026-10-21 21:05", re(1100),
        "Liebes Praxisteam,\n\nhiermit bestätige ich die Behandlung vom 21.10.2026.\n\n"
        "Viele Grüße und einen schönen Abend\nBirgit Schäfer", client="webde", reply="cr-1100",
        style="webde")  # fmt: skip
    yes("at16_schaefer_verschieben.eml", 16, (1101,), ("2026-10-28",), "2026-10-28 20:55",
        re(1101), "Liebes Praxisteam,\n\nhiermit bestätige ich die Behandlung vom 28.10.2026.\n\n"
        "Nächste Woche Mittwoch (04.11.) habe ich abends einen Mandantentermin. Könnten wir"
        " die Stunde ausnahmsweise auf Donnerstag, 05.11., legen? Gleiche Uhrzeit wäre"
        " prima.\n\nViele Grüße\nBirgit Schäfer", client="webde", reply="cr-1101", style="webde",
        staff=True, extra=("reschedule",), note="confirmation plus a reschedule wish for next week")  # fmt: skip
    yes("at17_schaefer_zwei.eml", 16, (1102, 1103), ("2026-11-04", "2026-11-11"),
        "2026-11-12 09:10", "Bestätigung Behandlungen 04.11. und 11.11.2026",
        "Liebes Praxisteam,\n\nhiermit bestätige ich die Behandlungen vom 04.11.2026 und vom"
        f" 11.11.2026, die Bestätigung für letzte Woche hatte ich verschwitzt.\n\n{office}",
        client="outlook", sender=OFFICE_16, name="Birgit Schäfer")  # fmt: skip
    no("at18_schaefer_absage.eml", 16, ("cancellation",), "2026-11-05 13:20",
       "Absage Termin 11.11.2026", "Liebes Praxisteam,\n\nleider muss ich den Termin am"
       " Mittwoch, 11.11.2026, absagen, ich bin an dem Tag auf einer Fortbildung in Hamburg."
       f" Den Termin danach nehme ich wieder wahr.\n\n{office}", client="outlook",
       sender=OFFICE_16, name="Birgit Schäfer", note="cancellation for next week, no confirmation")  # fmt: skip


def late_batch_zimmermann() -> None:
    """Klaus Zimmermann (15), phone KG Mondays 11:00: answers late, several days at once."""
    yes("at19_zimmermann_sammel.eml", 15, (1093, 1094, 1095),
        ("2026-10-05", "2026-10-12", "2026-10-19"), "2026-10-20 09:34", "Bestätigung",
        "Hallo,\n\nich bestätige hiermit die Termine vom 5.10., 12.10. und 19.10., alle drei"
        " per Telefon gehabt. Hab Ihre Mails erst jetzt gesehen.\n\nGruß\nK. Zimmermann",
        client="tonline", note="a week and more late, three days in a new mail")  # fmt: skip
    yes("at20_zimmermann_spaet.eml", 15, (1097,), ("2026-11-02",), "2026-11-09 19:12",
        re(1097), "Hallo, ja, der Anruf am 2.11. hat stattgefunden. Sorry für die späte"
        " Antwort.\nGruß Klaus Zimmermann", client="tonline", reply="cr-1097", style="tonline",
        note="a week late, under our request")  # fmt: skip
    yes("at21_zimmermann_zwei_unten.eml", 15, (1094, 1095), ("2026-10-12", "2026-10-19"),
        "2026-10-24 11:02", re(1095), "Hallo,\nfür 12.10. und 19.10. bestätige ich, war beides"
        " in Ordnung.\nK. Zimmermann", client="thunderbird", reply="cr-1095",
        style="thunderbird", bottom=True, note="bottom-posted, two days under one request")  # fmt: skip
    no("at22_zimmermann_kein_anruf.eml", 15, ("other",), "2026-11-02 12:50", re(1097),
       "Hallo, heute hat keiner angerufen. Ich saß ab kurz vor elf am Telefon bis halb zwölf."
       " Was ist da los?\nGruß Zimmermann", client="yahoo", reply="cr-1097", style="yahoo",
       note="missed session reported under our request for that day")  # fmt: skip


def english_carter() -> None:
    """Emily Carter (11), video KG: writes English."""
    yes("at23_carter_en.eml", 11, (1074,), ("2026-09-07",), "2026-09-07 14:20", re_en(1074),
        "Hi,\n\nyes, confirming that today's session (7 Sept) took place. Thanks a lot!\n\nEmily",
        client="gmail", reply="cr-1074", style="gmail_en")  # fmt: skip
    yes("at24_carter_late.eml", 11, (1074,), ("2026-09-07",), "2026-10-02 22:10",
        "Session on Sept 7th", "Hello,\n\nsorry I'm so late with this, your email got buried."
        " The video session on September 7th did happen, all good.\n\nBest,\nEmily Carter",
        client="gmail", note="English, new mail, almost four weeks late")  # fmt: skip
    no("at25_carter_link.eml", 11, ("technical", "question"), "2026-09-05 18:30",
       "Re: Ihr Videotermin am 07.09.2026", "Hi there,\n\nquick question before Monday - can"
       " I join from my iPad or do I need a laptop? Is there an app I have to install?\n\n"
       "Thanks, Emily", client="gmail", reply="vl-1074", style="gmail_en",
       note="question about a session still ahead, reply to the video link")  # fmt: skip


def learner_yildiz() -> None:
    """Fatma Yıldız (12), phone KG Wednesdays 10:30: learners' German."""
    yes("at26_yildiz_kurz.eml", 12, (1079,), ("2026-09-02",), "2026-09-02 12:41", re(1079),
        "hallo ja termin war heute 2.9 mit telefon alles gut danke", client="webde",
        reply="cr-1079", style="webde")  # fmt: skip
    yes("at27_yildiz_verbindung.eml", 12, (1080,), ("2026-09-09",), "2026-09-09 13:15",
        re(1080), "Hallo,\nich bestätige Termin 09.09. Aber Telefon war sehr schlecht, ich habe"
        " nicht alles verstehen und die letzte 10 Minuten Verbindung war weg. Therapeutin hat"
        " nicht zurück angerufen.\nFatma Yildiz", client="webde", reply="cr-1080", style="webde",
        staff=True, extra=("technical",),
        note="confirms, but the call broke off ten minutes early: staff must look")  # fmt: skip
    no("at28_yildiz_absage.eml", 12, ("cancellation", "reschedule"), "2026-09-08 17:05",
       rem(1080), "Hallo, morgen ich kann nicht, mein Sohn ist krank. Kann ich andere Tag"
       " haben? Danke\nFatma", client="webde", reply="rem-1080", style="webde",
       note="reply to a reminder: cancels tomorrow and asks for another day")  # fmt: skip
    no("at29_yildiz_naechster.eml", 12, ("question",), "2026-09-03 08:50",
       "nächste termin", "Guten Morgen,\nwann ist nächste Termin? Ich habe Zettel verloren."
       " Ist wieder Mittwoch?\nDanke Fatma Yildiz", client="webde",
       note="question about a session still ahead")  # fmt: skip


def lowercase_jansen() -> None:
    """Ole Jansen (17), new private patient, KG am Gerät by video Thursdays 10:00."""
    yes("at30_jansen_moin.eml", 17, (1104,), (), "2026-10-22 11:46", re(1104),
        "moin, jo hat stattgefunden.\ngruß ole", client="gmail", reply="cr-1104",
        style="gmail")  # fmt: skip
    yes("at31_jansen_iphone.eml", 17, (1105,), ("2026-10-29",), "2026-10-29 12:02", re(1105),
        "29.10. war gut, danke!\n\nVon meinem iPhone gesendet", client="iphone",
        reply="cr-1105", style="iphone")  # fmt: skip
    yes("at32_jansen_unterlagen.eml", 17, (1106,), ("2026-11-05",), "2026-11-05 11:58",
        re(1106), "bestätige den 5.11.\nhabt ihr eigentlich meine unterlagen bekommen? hab die"
        " letzte woche als foto geschickt, aber nie was gehört.\nole", client="gmail",
        reply="cr-1106", style="gmail", staff=True, extra=("question",),
        note="confirmation plus a question whether the forms arrived")  # fmt: skip
    yes("at33_jansen_samsung.eml", 17, (1107,), ("2026-11-12",), "2026-11-12 18:20", re(1107),
        "12.11 war ok", client="samsung", reply="cr-1107", style="samsung")  # fmt: skip
    no("at34_jansen_boegen.eml", 17, ("question",), "2026-10-19 20:15",
       "AW: Ihre Unterlagen für die Behandlung", "moin,\nhab die drei bögen letzte woche"
       " per post an euch geschickt, sind die angekommen? donnerstag geht dann ja los.\ngruß"
       " ole", client="gmail", reply="fr-17", style="gmail",
       note="did you get my forms? before the first session")  # fmt: skip
    no("at35_jansen_frage_morgen.eml", 17, ("question",), "2026-11-18 16:40", rem(1108),
       "moin, muss ich für morgen irgendwas bereitlegen? hab hier nur ein theraband und ne"
       " hantel, kein richtiges gerät.\nole", client="gmail", reply="rem-1108", style="gmail",
       note="question about tomorrow's session, reply to the reminder")  # fmt: skip


def short_nowak() -> None:
    """David Nowak (19), private, MT by video Fridays 08:00: terse."""
    yes("at36_nowak_kurz.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 09:44", re(1116),
        "Bestätigt, 06.11.\nD.", client="apple", reply="cr-1116", style="iphone")  # fmt: skip
    yes("at37_nowak_zwei.eml", 19, (1117, 1118), ("2026-11-13", "2026-11-20"),
        "2026-11-21 10:30", "Bestätigung 13.11. + 20.11.",
        "Hallo,\n\nhiermit die Bestätigung für den 13.11. und den 20.11. (beide Video, MT).\n\n"
        "Grüße\nDavid Nowak", client="apple")  # fmt: skip
    yes("at38_nowak_unten.eml", 19, (1119,), (), "2026-11-27 10:05", re(1119),
        "Hat stattgefunden.\nDN", client="thunderbird", reply="cr-1119", style="thunderbird",
        bottom=True, note="bottom-posted yes under our request for 27.11.2026")  # fmt: skip
    yes("at39_nowak_ausgefallen.eml", 19, (1117,), ("2026-11-13",), "2026-11-21 10:45",
        "Termine November", "Hallo,\n\nden 13.11. kann ich bestätigen. Am 20.11. kam ich"
        " nicht in den Videoraum (Code ungültig), die Stunde ist ausgefallen – bitte nicht"
        " berechnen.\n\nGrüße\nDavid Nowak", client="apple", staff=True, extra=("technical",),
        note="one day confirmed, the other did not take place")  # fmt: skip
    yes("at40_nowak_falscher_tag.eml", 19, (), ("2026-10-30",), "2026-10-30 09:20",
        "Bestätigung", "Hallo,\n\nbestätige die Behandlung von heute früh, 30.10.\n\nGrüße\n"
        "David Nowak", client="apple", staff=True,
        note="no appointment on 30.10. (his first is 06.11.): nothing to record, staff must look")  # fmt: skip


def young_hartmann() -> None:
    """Leonie Hartmann (20), new patient, video KG Tuesdays 17:00."""
    yes("at41_hartmann_smiley.eml", 20, (1120,), (), "2026-11-03 18:52", re(1120),
        "Hallo! Ja hat alles geklappt 😊\nLG Leonie", client="webde", reply="cr-1120",
        style="webde")  # fmt: skip
    yes("at42_hartmann_samsung.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 19:30",
        re(1121), "Hi, termin am 10.11 hat stattgefunden, war echt hilfreich! Lg\n\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.", client="samsung", reply="cr-1121",
        style="samsung")  # fmt: skip
    yes("at43_hartmann_eingefroren.eml", 20, (1122,), (), "2026-11-17 19:05", re(1122),
        "ja hat stattgefunden, aber das bild ist bei mir zweimal eingefroren und ich musste neu"
        " rein. kann man da was machen? LG Leonie", client="webde", reply="cr-1122",
        style="webde", staff=True, extra=("technical", "question"),
        note="yes under our request plus a technical problem")  # fmt: skip
    no("at44_hartmann_absage.eml", 20, ("cancellation",), "2026-11-18 08:10",
       "Termin nächste Woche", "Hallo,\n\nich muss den Termin nächsten Dienstag (24.11.)"
       " leider absagen, ich hab an dem Tag eine Prüfung an der Uni. Tut mir leid!\n\nLG Leonie"
       " Hartmann", client="webde", note="cancellation for next week")  # fmt: skip


def main() -> None:
    load_practice()
    one_word_anna()
    formal_vogel()
    full_date_schaefer()
    late_batch_zimmermann()
    english_carter()
    learner_yildiz()
    lowercase_jansen()
    short_nowak()
    young_hartmann()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
