"""Blind corpus HD: one ordinary November 2026 inbox of the practice.

40 patient mails about the November appointments of Klaus Zimmermann, Birgit Schäfer, Ole
Jansen, David Nowak and Leonie Hartmann: 32 confirmations (short replies under our request,
new mails naming one to three days, late answers, some with a question, a thank-you or a
wish to move a coming session, bottom posts, English and learners' German, two written by
a relative from the patient's address) and 8 look-alikes (a cancellation, a reschedule, a
question about a coming session, a missed session, a session cut short, replies to a
reminder and to a video-link mail, a thank-you without a yes).

Labels say what a careful practice employee would record: `confirmed` only for the
patient's own scheduled, unconfirmed appointments plainly confirmed as held in full;
`dates` the days the mail names as days a session took place; `needs_staff` when someone
has to look or act. Written without reading rules/, the canonical table or the earlier
blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    video_link_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_hd")

ZIMMERMANN, SCHAEFER, JANSEN, NOWAK, HARTMANN = 15, 16, 17, 19, 20


def short_replies() -> None:
    yes(
        "hd01_hartmann_ja.eml",
        HARTMANN,
        [1120],
        [],
        "2026-11-03 18:52",
        request_subject(1120),
        "Ja, bestätigt.\n\nLG Leonie\n\nVon meinem iPhone gesendet",
        client="iphone",
        reply="cr-1120",
        style="iphone",
    )
    yes(
        "hd02_zimmermann_ehefrau.eml",
        ZIMMERMANN,
        [1097],
        ["2026-11-02"],
        "2026-11-02 16:40",
        request_subject(1097),
        "Guten Tag,\n\nich schreibe für meinen Mann, Klaus Zimmermann, der mit dem Computer "
        "nicht so zurechtkommt. Die telefonische Behandlung heute, am 2.11., hat "
        "stattgefunden, er war die ganze halbe Stunde am Telefon.\n\nMit freundlichen "
        "Grüßen\nIngrid Zimmermann",
        client="tonline",
        reply="cr-1097",
        style="tonline",
        name="Ingrid Zimmermann",
        note="the wife writes for the patient from his address; his own session",
    )
    yes(
        "hd03_schaefer_passt.eml",
        SCHAEFER,
        [1102],
        [],
        "2026-11-04 20:47",
        request_subject(1102),
        "passt",
        client="gmail",
        reply="cr-1102",
        style="gmail",
    )
    yes(
        "hd04_jansen_daumen.eml",
        JANSEN,
        [1106],
        [],
        "2026-11-05 11:41",
        request_subject(1106),
        "👍",
        client="iphone",
        reply="cr-1106",
        style="iphone",
    )
    yes(
        "hd05_nowak_english.eml",
        NOWAK,
        [1116],
        ["2026-11-06"],
        "2026-11-06 09:52",
        request_subject(1116, "Re"),
        "Yes, confirmed - the session on 6 November took place.\n\nThanks,\nDavid",
        client="gmail",
        reply="cr-1116",
        style="gmail_en",
    )
    yes(
        "hd06_hartmann_war_gut.eml",
        HARTMANN,
        [1121],
        [],
        "2026-11-10 19:48",
        request_subject(1121),
        "War gut, danke! Hat alles geklappt.\n\nLeonie",
        client="webde",
        reply="cr-1121",
        style="webde",
    )


def new_mails() -> None:
    yes(
        "hd07_schaefer_buero.eml",
        SCHAEFER,
        [1102, 1103],
        ["2026-11-04", "2026-11-11"],
        "2026-11-12 08:17",
        "Bestätigung Videotermine",
        "Guten Morgen,\n\nhiermit bestätige ich die beiden Videotermine vom 04.11. und "
        "11.11.2026.\n\nMit freundlichen Grüßen\nBirgit Schäfer\n\n--\nSchäfer "
        "Steuerberatung\nLindenstraße 12, 40233 Düsseldorf\nTel. 0211 5566120",
        client="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
        note="her second registered address",
    )
    yes(
        "hd08_jansen_spaet.eml",
        JANSEN,
        [1107],
        ["2026-11-12"],
        "2026-12-03 21:30",
        request_subject(1107),
        "Sorry für die späte Antwort, hab die Mail erst jetzt gesehen. Ja, der Termin am "
        "12.11. hat stattgefunden.\n\nOle",
        client="gmail",
        reply="cr-1107",
        style="gmail",
    )
    yes(
        "hd09_nowak_lerner.eml",
        NOWAK,
        [1117],
        ["2026-11-13"],
        "2026-11-13 10:20",
        request_subject(1117),
        "Hallo,\n\nich bestätige die Termin am 13.11., es hat gut stattgefunden. Die "
        "Übungen sind für mich schon einfacher.\n\nDanke\nDavid",
        reply="cr-1117",
        style="thunderbird",
    )


def with_more() -> None:
    yes(
        "hd10_zimmermann_rezept.eml",
        ZIMMERMANN,
        [1097],
        [],
        "2026-11-03 09:05",
        request_subject(1097),
        "Ja der Termin war.\n\nMuss ich für ein neues Rezept wieder zum Hausarzt oder "
        "machen Sie das?\n\nK. Zimmermann",
        client="plain",
        reply="cr-1097",
        style="thunderbird",
        staff=True,
        extra=("question",),
    )
    yes(
        "hd11_hartmann_drei.eml",
        HARTMANN,
        [1120, 1121, 1122],
        ["2026-11-03", "2026-11-10", "2026-11-17"],
        "2026-11-18 07:55",
        "Bestätigung meiner Termine",
        "Hallo liebes Praxisteam,\n\nich hab vergessen, auf eure Mails zu antworten, "
        "deshalb hier gesammelt: die Videotermine am 3., 10. und 17. November haben alle "
        "stattgefunden.\n\nViele Grüße\nLeonie Hartmann",
        client="webde",
    )
    yes(
        "hd12_jansen_verschieben.eml",
        JANSEN,
        [1106],
        ["2026-11-05"],
        "2026-11-06 12:40",
        request_subject(1106),
        "Hallo,\n\nder Termin am 5.11. fand statt, ja.\n\nNächsten Donnerstag (12.11.) "
        "schaffe ich es um 10 leider nicht, hab da einen Kundentermin. Ginge auch 14 "
        "Uhr?\n\nGruß\nOle Jansen",
        client="gmail",
        reply="cr-1106",
        style="gmail",
        staff=True,
        extra=("reschedule",),
    )
    yes(
        "hd13_nowak_unten.eml",
        NOWAK,
        [1118],
        [],
        "2026-11-20 12:03",
        request_subject(1118),
        "Ja, hat stattgefunden.\n\nGruß\nD. Nowak",
        reply="cr-1118",
        style="thunderbird",
        bottom=True,
    )
    yes(
        "hd14_schaefer_danke.eml",
        SCHAEFER,
        [1103],
        [],
        "2026-11-11 20:31",
        request_subject(1103),
        "Ja, bestätige ich gern. Und vielen Dank für Ihre Geduld, die Übungen für die "
        "Schulter helfen schon richtig.\n\nHerzliche Grüße\nBirgit Schäfer",
        client="gmail",
        reply="cr-1103",
        style="gmail",
    )
    yes(
        "hd15_hartmann_outlook.eml",
        HARTMANN,
        [1122],
        ["2026-11-17"],
        "2026-11-17 18:44",
        request_subject(1122),
        "Hallo,\n\nhiermit bestätige ich meinen Termin vom 17.11.2026.\n\nViele Grüße\n"
        "Leonie Hartmann",
        client="outlook",
        reply="cr-1122",
        style="outlook",
    )
    yes(
        "hd16_jansen_english.eml",
        JANSEN,
        [1108],
        [],
        "2026-11-19 13:10",
        request_subject(1108, "Re"),
        "Confirmed, Thursday's session went ahead as planned.\n\nCheers\nOle",
        client="gmail",
        reply="cr-1108",
        style="gmail_en",
    )
    yes(
        "hd17_nowak_nachtrag.eml",
        NOWAK,
        [1118, 1119],
        ["2026-11-20", "2026-11-27"],
        "2026-12-04 19:45",
        "Bestätigung November",
        "Hallo,\n\nich sehe gerade, dass ich für den 20. und 27. November noch nichts "
        "bestätigt habe. Beide Termine haben stattgefunden.\n\nBeste Grüße\nDavid Nowak",
        client="thunderbird",
    )
    yes(
        "hd18_zimmermann_kurz.eml",
        ZIMMERMANN,
        [1097],
        [],
        "2026-11-02 13:10",
        request_subject(1097),
        "Ja\n\nKlaus Zimmermann\nTel. 0211 473829",
        client="plain",
        reply="cr-1097",
        style="outlook_classic",
    )
    yes(
        "hd19_hartmann_samsung.eml",
        HARTMANN,
        [1123],
        [],
        "2026-11-24 18:37",
        request_subject(1123),
        "Jaaa passt 😊\n\n\nGesendet von meinem Galaxy",
        client="samsung",
        reply="cr-1123",
        style="samsung",
    )
    yes(
        "hd20_schaefer_haken.eml",
        SCHAEFER,
        [1102],
        ["2026-11-04"],
        "2026-11-05 07:14",
        request_subject(1102),
        "04.11. ✔",
        client="iphone",
        reply="cr-1102",
        style="iphone",
    )


def more_replies() -> None:
    yes(
        "hd21_jansen_moin.eml",
        JANSEN,
        [1106],
        [],
        "2026-11-05 17:30",
        request_subject(1106),
        "Moin, ja der Termin war.\n\nGruß Ole",
        client="thunderbird",
        reply="cr-1106",
        style="thunderbird",
    )
    yes(
        "hd22_nowak_rechnung.eml",
        NOWAK,
        [1116],
        [],
        "2026-11-07 10:00",
        request_subject(1116),
        "Bestätigt.\n\nKönnen Sie mir die Rechnung diesmal bitte per Post schicken? Meine "
        "Versicherung will das Original.\n\nDavid Nowak",
        reply="cr-1116",
        style="thunderbird",
        staff=True,
        extra=("question",),
    )
    yes(
        "hd23_hartmann_neu.eml",
        HARTMANN,
        [1123],
        ["2026-11-24"],
        "2026-11-25 08:30",
        "Termin 24.11.",
        "Hallo zusammen,\n\nder Videotermin am Dienstag, 24.11., hat stattgefunden.\n\n"
        "Liebe Grüße\nLeonie",
        client="webde",
    )
    yes(
        "hd24_schaefer_unten.eml",
        SCHAEFER,
        [1103],
        [],
        "2026-11-12 21:02",
        request_subject(1103),
        "Ja, der Termin hat stattgefunden.\n\nB. Schäfer",
        client="gmail",
        reply="cr-1103",
        style="gmail",
        bottom=True,
    )
    yes(
        "hd25_zimmermann_gross.eml",
        ZIMMERMANN,
        [1097],
        [],
        "2026-11-04 10:41",
        request_subject(1097),
        "JA TERMIN WAR GUT.\nGRUSS K.Z.",
        client="tonline",
        reply="cr-1097",
        style="tonline",
    )
    yes(
        "hd26_jansen_zwei_en.eml",
        JANSEN,
        [1106, 1107],
        ["2026-11-05", "2026-11-12"],
        "2026-11-13 22:05",
        "Sessions Nov 5 and 12",
        "Hi,\n\njust confirming that both my video sessions, on Nov 5 and Nov 12, took "
        "place.\n\nBest,\nOle",
        client="gmail",
    )
    yes(
        "hd27_nowak_freitag.eml",
        NOWAK,
        [1119],
        ["2026-11-27"],
        "2026-11-28 11:25",
        request_subject(1119),
        "Ja ich bestätige, Termin hat statt gefunden am Freitag. Schönes Wochenende!\n\nDavid",
        reply="cr-1119",
        style="thunderbird",
    )
    yes(
        "hd28_hartmann_theraband.eml",
        HARTMANN,
        [1121],
        [],
        "2026-11-11 08:12",
        request_subject(1121),
        "Ja, hat stattgefunden.\n\nKurze Frage noch: soll ich die Übung mit dem Theraband "
        "jeden Tag machen oder nur jeden zweiten?\n\nLeonie",
        client="iphone",
        reply="cr-1121",
        style="iphone",
        staff=True,
        extra=("question",),
    )
    yes(
        "hd29_schaefer_monat.eml",
        SCHAEFER,
        [1102],
        ["2026-11-04"],
        "2026-12-02 18:44",
        request_subject(1102),
        "Entschuldigung, die Mail ist bei mir untergegangen. Ja, die Behandlung am 4.11. "
        "hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer",
        client="gmail",
        reply="cr-1102",
        style="gmail",
    )
    yes(
        "hd30_jansen_freundin.eml",
        JANSEN,
        [1108],
        ["2026-11-19"],
        "2026-11-20 19:20",
        request_subject(1108),
        "Hallo, hier ist Maren, Oles Freundin. Er ist gerade auf Montage und hat mich "
        "gebeten zu antworten: der Termin am 19.11. hat stattgefunden, er hat ihn vom "
        "Hotel aus gemacht.\n\nViele Grüße\nMaren",
        client="gmail",
        reply="cr-1108",
        style="gmail",
        note="a relative writes for the patient from his address",
    )
    yes(
        "hd31_nowak_outlook_en.eml",
        NOWAK,
        [1117],
        [],
        "2026-11-13 14:48",
        request_subject(1117, "RE"),
        "Yes, confirmed.\n\nBest regards,\nDavid Nowak",
        client="outlook",
        reply="cr-1117",
        style="outlook_en",
    )
    yes(
        "hd32_zimmermann_brief.eml",
        ZIMMERMANN,
        [1097],
        ["2026-11-02"],
        "2026-11-05 15:20",
        "Behandlung 2. November",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass meine telefonische "
        "Behandlung am 02.11.2026 stattgefunden hat. Der Termin am 26.10. war ja "
        "ausgefallen, das wissen Sie.\n\nMit freundlichen Grüßen\nKlaus Zimmermann",
        client="plain",
        note="26.10. was cancelled and is already so recorded",
    )


def look_alikes() -> None:
    no(
        "hd33_hartmann_absage.eml",
        HARTMANN,
        ("cancellation",),
        "2026-11-22 20:05",
        "Absage 24.11.",
        "Hallo,\n\nich muss den Termin am 24.11. leider absagen, mich hat die Grippe "
        "erwischt.\n\nLG Leonie",
        client="webde",
    )
    no(
        "hd34_nowak_verschieben.eml",
        NOWAK,
        ("reschedule",),
        "2026-11-21 09:40",
        "Termin 27.11.",
        "Hallo,\n\nkönnen wir den Termin am 27.11. auf den Nachmittag verschieben? Morgens "
        "habe ich an dem Tag einen Arzttermin.\n\nDanke\nDavid Nowak",
        client="thunderbird",
    )
    no(
        "hd35_jansen_frage.eml",
        JANSEN,
        ("question",),
        "2026-11-16 18:00",
        "Frage zum Termin am Donnerstag",
        "Hi,\n\nbrauche ich für den Termin am 19.11. das Theraband oder reicht eine Matte?\n\nOle",
        client="gmail",
    )
    no(
        "hd36_schaefer_verpasst.eml",
        SCHAEFER,
        ("other",),
        "2026-11-12 07:50",
        request_subject(1103),
        "Oh nein, ich war am 11.11. gar nicht online, hab den Termin komplett vergessen. "
        "Tut mir leid! Der hat also nicht stattgefunden.\n\nBirgit Schäfer",
        client="gmail",
        reply="cr-1103",
        style="gmail",
        note="missed session",
    )
    no(
        "hd37_zimmermann_erinnerung.eml",
        ZIMMERMANN,
        ("other",),
        "2026-11-01 17:15",
        reminder_subject(1097),
        "Ja ich denke dran.\nGruß K. Zimmermann",
        client="tonline",
        reply="rem-1097",
        style="tonline",
        staff=False,
        note="a yes to the reminder, before the session",
    )
    no(
        "hd38_jansen_link.eml",
        JANSEN,
        ("other",),
        "2026-11-11 19:30",
        video_link_subject(1107),
        "Danke, der Link klappt bei mir. Bis Donnerstag!\nOle",
        client="iphone",
        reply="vl-1107",
        style="iphone",
        staff=False,
    )
    no(
        "hd39_nowak_danke.eml",
        NOWAK,
        ("other",),
        "2026-11-14 16:10",
        "Übungsblatt",
        "Hallo,\n\nvielen Dank für das Übungsblatt, das Sie mir geschickt haben. Sehr "
        "hilfreich!\n\nDavid",
        client="thunderbird",
        staff=False,
    )
    no(
        "hd40_schaefer_abgebrochen.eml",
        SCHAEFER,
        ("technical",),
        "2026-11-04 20:38",
        request_subject(1102),
        "Hallo, das Video hing heute dauernd und nach ungefähr zehn Minuten haben wir den "
        "Termin am 4.11. abgebrochen. Wie machen wir das jetzt?\n\nGruß Birgit Schäfer",
        client="gmail",
        reply="cr-1102",
        style="gmail",
        dates=("2026-11-04",),
        note="session cut short: partly held, not confirmable",
    )


def main() -> None:
    load_practice()
    short_replies()
    new_mails()
    with_more()
    more_replies()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
