"""Write blind set CS: a plain inbox of the whole year, leaning towards new patients around
their first sessions. 44 mails: 33 confirm at least one session (short replies under our
request from phones and webmail, with and without the date, new mails, several days at
once, a few late, first sessions with the forms attached as well-named PDFs, photos or one
scan, and a few with a question or a problem beside the yes) and 11 look-alikes (a
cancellation, reschedule wishes, questions about a coming video session, a missed
session, a doubt about a cut-short session, replies to a reminder and a video link).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cs`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    video_link_subject,
    write_set,
    yes,
)
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_cs")


def yes_forms(file, pid, ids, dates, date, subject, body, files, forms, client="plain", reply=None,
              style=None, staff=False, extra=(), note=""):  # fmt: skip
    """A confirmation that also carries the patient's forms as attachments."""
    mc.human(file, sender=pid, date=date, subject=subject, body=body, client=client,
             reply_to=reply, quote_style=style, files=files,
             label=mc.Label(("confirmation", "forms", *extra), patient=pid, confirmed=ids,
                            dates=dates, forms=forms, needs_staff=staff, note=note))  # fmt: skip


def everyday_yeses() -> None:
    yes("cs01_krueger_ja_mit_datum.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:40", re(1003),
        "Hallo,\nja, die Behandlung am 27.1. hat stattgefunden.\n\nGruß\nS. Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("cs02_becker_bestaetigt.eml", 2, (1010,), (), "2026-02-02 20:15", re(1010),
        "Bestätigt.\nTB",
        client="gmail", reply="cr-1010", style="gmail",
        note="a bare yes under our request for 02.02.2026")  # fmt: skip
    yes("cs03_wolff_foermlich.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 09:12", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische Behandlung"
        " am 16.01.2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("cs04_wolff_zwei_freitage.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-01 11:03", "Bestätigung Telefontermine",
        "Guten Tag,\n\nich habe vergessen zu antworten: die Telefontermine am 23. und am 30."
        " Januar haben beide stattgefunden.\n\nMfG\nH.-J. Wolff",
        client="tonline")  # fmt: skip
    yes("cs05_demir_smiley.eml", 3, (1019,), (), "2026-03-04 10:20", re(1019),
        "ja hat stattgefunden 😊\nlg aylin",
        client="iphone", reply="cr-1019", style="iphone")  # fmt: skip
    yes("cs06_demir_und_spaeter.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 12:47",
        re(1020, "Re"),
        "Hallo,\nich bestätige den Termin vom 11.3.\nKönnten wir nächste Woche vielleicht um 9"
        " statt um halb 9 anfangen? Ich muss meine Tochter noch zur Kita bringen.\n\nLG Aylin Demir",
        client="gmail", reply="cr-1020", style="gmail", staff=True, extra=("reschedule",),
        note="yes for 11.03 plus a wish to start later next week")  # fmt: skip
    yes("cs07_schulz_hat_geklappt.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:05",
        re(1034),
        "Hallo liebes Praxisteam,\n\ndie Stunde heute (16.04.) hat gut geklappt, danke!\n\n"
        "Viele Grüße\nMarie Schulz",
        client="apple", reply="cr-1034", style="iphone")  # fmt: skip
    yes("cs08_hoffmann_beide_am_18.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:10",
        re(1043),
        "Hallo,\n\nbeide Termine am 18.05. (morgens Gerät, mittags MT) haben stattgefunden.\n\n"
        "Gruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="one day, two sessions, both confirmed")  # fmt: skip
    yes("cs14_neumann_di_und_do.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 10:30", "Bestätigung",
        "Liebe Praxis Impulse,\n\nich bestätige die Anrufe am Dienstag 7.7. und Donnerstag 9.7."
        "\nEs geht mir schon etwas besser mit der Schulter.\n\nMit freundlichen Grüßen\n"
        "Gisela Neumann",
        client="plain")  # fmt: skip
    yes("cs15_neumann_spaet.eml", 9, (1058,), ("2026-07-14",), "2026-08-20 16:22", re(1058),
        "Guten Tag,\n\nentschuldigen Sie die späte Antwort, ich war zwei Wochen im Krankenhaus."
        "\nJa, am 14. Juli hat die Behandlung stattgefunden.\n\nFreundliche Grüße\nG. Neumann",
        client="thunderbird", reply="cr-1058", style="thunderbird",
        note="five weeks late")  # fmt: skip
    yes("cs16_brandt_unten.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 19:02", re(1063),
        "Bestätigt, 03.07.2026 fand statt.\n\n-- \nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("cs17_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:00",
        re(1069, "Re"),
        "Hi,\n\nyes, today's session (3 Aug) took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("cs18_carter_invoice.eml", 11, (1071,), ("2026-08-17",), "2026-08-17 18:40",
        re(1071, "Re"),
        "Hello,\n\nconfirming the session on 17/08.\nQuick question - will the invoice come by"
        " post or by email? I need it for my insurance.\n\nBest\nEmily Carter",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True, extra=("question",),
        note="yes plus a billing question")  # fmt: skip
    yes("cs19_yildiz_kurz.eml", 12, (1075,), (), "2026-08-05 14:02", re(1075),
        "Ja hat stattgefunden danke",
        client="samsung", reply="cr-1075", style="samsung")  # fmt: skip
    yes("cs20_yildiz_ohne_punkt.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 17:31", re(1078),
        "Hallo Termin am 26.08 war\nGruß Fatma",
        client="webde", reply="cr-1078", style="webde")  # fmt: skip
    yes("cs21_vogel_signatur.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:14", re(1082),
        "Sehr geehrtes Praxisteam,\n\ndie Behandlung am 10.09. fand statt.\n\nMit freundlichen"
        " Grüßen\nDr. Michael Vogel\n\nVogel & Partner Rechtsanwälte\nKönigsallee 14, 40212"
        " Düsseldorf\nTel. 0211 4455660 | Fax 0211 4455661",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("cs22_lehmann_drei_dienstage.eml", 14, (1087, 1088, 1089),
        ("2026-09-08", "2026-09-15", "2026-09-22"), "2026-09-23 08:15",
        "Bestätigung Videotermine September",
        "Hallo,\n\nhiermit bestätige ich meine Videotermine vom 08.09., 15.09. und 22.09.2026."
        "\n\nViele Grüße\nAnna Lehmann",
        client="plain")  # fmt: skip
    yes("cs23_zimmermann_montag.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 15:48", re(1093),
        "Hallo,\nBestätigung für Montag 5.10., Telefonbehandlung hat stattgefunden.\n"
        "K. Zimmermann",
        client="outlook", reply="cr-1093", style="outlook_classic")  # fmt: skip
    yes("cs24_schaefer_bueroadresse.eml", 16, (1098,), ("2026-10-07",), "2026-10-07 21:05",
        re(1098),
        "Guten Abend,\n\nder Termin vom 07.10. hat stattgefunden.\n\nBeste Grüße\nBirgit Schäfer"
        "\n\nSchäfer Steuerberatung\nb.schaefer@schaefer-steuerberatung.de",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("cs26_nowak_mix.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:12", re(1116, "Re"),
        "Confirmed – 06.11. hat stattgefunden, thanks!\nDavid",
        client="plain", reply="cr-1116", style="gmail")  # fmt: skip
    yes("cs27_aydin_klein.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 16:40", re(1130),
        "hallo ja termin am 19.2 hat stattgefunden\nmfg mehmet aydin",
        client="iphone", reply="cr-1130", style="iphone")  # fmt: skip
    yes("cs28_oneill_went_ahead.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:20",
        re(1136, "RE"),
        "Hello,\n\nI can confirm the phone session on 14 April went ahead.\n\nBest,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("cs29_berger_mittwoch.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 14:30", re(1142),
        "Sehr geehrte Damen und Herren,\n\nich bestätige Ihnen gerne, dass die Behandlung am"
        " Mittwoch, den 6. Mai stattgefunden hat.\n\nFreundliche Grüße\nUrsula Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("cs30_koch_zwei_tage.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-25 18:10", re(1110),
        "Guten Tag,\n\nam 23. und am 25. März hat die Therapeutin mit mir telefoniert, beide"
        " Termine fanden statt.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline", reply="cr-1110", style="tonline",
        note="under the request for 25.03 she also confirms 23.03")  # fmt: skip
    yes("cs31_wagner_abbruch.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 12:30", re(1124),
        "Hallo,\n\nder Termin am 12.01. hat stattgefunden, allerdings ist die Verbindung nach"
        " ca. 20 Minuten abgebrochen. Wir haben dann per Telefon zu Ende gemacht. Vielleicht"
        " kann man das beim nächsten Mal prüfen?\n\nViele Grüße\nSophie Wagner",
        client="gmail", reply="cr-1124", style="gmail", staff=True, extra=("technical",),
        note="took place (finished by phone) but the video dropped: staff should know")  # fmt: skip


def new_patients() -> None:
    yes_forms("cs09_popescu_erster_termin_formulare.eml", 7, (1046,), ("2026-06-02",),
              "2026-06-02 14:25", re(1046),
              "Guten Tag,\n\nich bestätige Termin 2.6., war gut und Video hat funktioniert."
              "\nIm Anhang sind die Formulare.\n\nMit freundliche Grüße\nElena Popescu",
              [mc.pdf("Anamnesebogen_Popescu.pdf", 2),
               mc.pdf("Datenschutzerklärung_unterschrieben.pdf"),
               mc.pdf("Einwilligung_Telebehandlung.pdf")],
              ("anamnese", "datenschutz", "einwilligung_tele"),
              client="yahoo", reply="cr-1046", style="yahoo",
              note="first session confirmed, three clearly named forms")  # fmt: skip
    yes_forms("cs10_richter_fotos.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:10",
              re(1051),
              "Hat alles geklappt, danke! Bestätige hiermit den Termin vom 3.6.\n\nDie Formulare"
              " hab ich abfotografiert, siehe Anhang.\n\nJonas",
              [mc.heic("IMG_4471.HEIC"), mc.heic("IMG_4472.HEIC"), mc.heic("IMG_4473.HEIC")],
              ("unclassified", "unclassified", "unclassified"),
              client="iphone", reply="cr-1051", style="iphone", staff=True,
              note="first session; three unnamed photos of the forms: staff must look which is"
                   " which")  # fmt: skip
    yes_forms("cs11_jansen_scan.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 13:05",
              re(1104, "Re"),
              "Moin,\n\nTermin am 22.10. hat stattgefunden, hat Spaß gemacht.\nAnbei ein Scan mit"
              " allen drei Unterlagen, unterschrieben.\n\nGruß\nOle",
              [mc.pdf("Scan_22102026_1034.pdf", 3)],
              ("unclassified",),
              client="gmail", reply="cr-1104", style="gmail", staff=True,
              note="first session; one scan holding all three forms: staff must check it")  # fmt: skip
    yes_forms("cs12_hartmann_erster_termin.eml", 20, (1120,), ("2026-11-03",),
              "2026-11-03 19:45", re(1120),
              "Hallo,\n\nja, der erste Termin am 03.11. hat stattgefunden, war total angenehm!"
              "\nDie Unterlagen schicke ich im Anhang mit.\n\nLiebe Grüße\nLeonie Hartmann",
              [mc.pdf("Anamnese Hartmann.pdf", 2), mc.pdf("DSGVO Leonie Hartmann.pdf"),
               mc.docx("einwilligung_telemedizin.docx")],
              ("anamnese", "datenschutz", "einwilligung_tele"),
              client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("cs13_hartmann_mikro.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 20:02", re(1121),
        "Hallo,\n\nich bestätige den 10.11.\nKurze Frage: bei mir ging das Mikro erst nach ein"
        " paar Minuten, muss ich im Browser irgendwas einstellen?\n\nLG Leonie",
        client="webde", reply="cr-1121", style="webde", staff=True,
        extra=("question", "technical"))  # fmt: skip
    yes("cs25_jansen_theraband.eml", 17, (1105,), ("2026-10-29",), "2026-10-29 12:15",
        re(1105, "Re"),
        "Moin, 29.10. bestätigt.\nBrauche ich fürs nächste Mal ein Theraband oder reicht ein"
        " Handtuch?\nOle",
        client="gmail", reply="cr-1105", style="gmail", staff=True, extra=("question",))  # fmt: skip
    yes("cs32_popescu_zweiter.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 15:30", re(1047),
        "Hallo, Termin 09.06 hat stattgefunden. Danke schön.\nElena",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    yes("cs33_richter_haken.eml", 8, (1052,), ("2026-06-10",), "2026-06-11 07:50", re(1052),
        "Bestätige 10.06.26 ✔︎\nGruß Jonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1052", style="iphone")  # fmt: skip


def look_alikes() -> None:
    no("cs34_schulz_absage.eml", 5, ("cancellation",), "2026-05-20 19:04", reminder_subject(1038),
       "Hallo,\n\nich muss den Termin morgen leider absagen, mein Sohn ist krank.\n\n"
       "Viele Grüße\nMarie Schulz",
       client="apple", reply="rem-1038", style="iphone")  # fmt: skip
    no("cs35_becker_spaeter.eml", 2, ("reschedule",), "2026-02-11 18:10", reminder_subject(1013),
       "Geht es morgen auch eine Stunde später, also 18:30? Ich stecke sonst noch im Meeting.\n"
       "TB",
       client="gmail", reply="rem-1013", style="gmail")  # fmt: skip
    no("cs36_hartmann_app.eml", 20, ("question", "technical"), "2026-11-01 10:20",
       video_link_subject(1120),
       "Hallo,\n\nich habe den Code bekommen, danke. Muss ich mir dafür eine App installieren"
       " oder geht das auch am Handy im Browser? Und brauche ich eine Matte oder so?\n\n"
       "Liebe Grüße\nLeonie Hartmann",
       client="webde", reply="vl-1120", style="webde",
       note="before her first session: how the video session works")  # fmt: skip
    no("cs37_jansen_verpasst.eml", 17, ("technical", "reschedule"), "2026-11-05 13:00",
       re(1106, "Re"),
       "Hallo,\n\nich muss leider sagen, dass der Termin am 5.11. bei mir nicht stattgefunden"
       " hat. Ich war ab 10 Uhr im Videoraum, aber es kam niemand dazu. Kann man den"
       " nachholen?\n\nGruß\nOle Jansen",
       client="gmail", reply="cr-1106", style="gmail",
       note="the requested session did not take place")  # fmt: skip
    no("cs38_berger_bin_bereit.eml", 24, ("other",), "2026-05-19 10:00", reminder_subject(1144),
       "Danke für die Erinnerung, ich bin morgen um 9 Uhr am Telefon.\n\nU. Berger",
       client="thunderbird", reply="rem-1144", style="thunderbird", staff=False,
       note="acknowledges a coming session; nothing to do")  # fmt: skip
    no("cs39_vogel_zweifel.eml", 13, ("question", "technical"), "2026-09-17 09:10", re(1083),
       "Guten Morgen,\n\nbevor ich das bestätige: war das heute die volle Behandlungszeit? Bei mir"
       " war die Verbindung schon nach gut zehn Minuten weg und kam nicht wieder.\n\n"
       "Mit freundlichen Grüßen\nDr. Michael Vogel",
       client="outlook", reply="cr-1083", style="outlook",
       note="does not confirm: doubts the session took place in full")  # fmt: skip
    no("cs40_popescu_formular_fehlt.eml", 7, ("question",), "2026-05-29 18:30",
       "AW: Ihre Unterlagen für die Behandlung",
       "Guten Tag,\n\nich habe Anamnesebogen gefunden, aber wo ist Einwilligung? Ich sehe nur"
       " Text in Mail, kein Formular. Bitte schicken Sie mir.\n\nDanke\nElena Popescu",
       client="yahoo", reply="fr-7", style="yahoo",
       note="before her first session, asks for a form")  # fmt: skip
    no("cs41_nowak_bin_dabei.eml", 19, ("other",), "2026-11-12 09:00", reminder_subject(1117),
       "Bestätige den Termin morgen um 8, bin dabei.\nDavid",
       client="plain", reply="rem-1117", style="gmail", staff=False,
       note="'bestätige' a coming session under the reminder: not a treatment confirmation")  # fmt: skip
    no("cs42_aydin_krank.eml", 22, ("cancellation",), "2026-03-11 13:15", reminder_subject(1133),
       "hallo ich kann am donnerstag nicht bin krankgeschrieben mit fieber. bitte absagen\n"
       "mehmet",
       client="iphone", reply="rem-1133", style="iphone")  # fmt: skip
    no("cs43_zimmermann_rechnung.eml", 15, ("question",), "2026-10-27 10:40",
       "Frage Termin 26.10.",
       "Hallo,\n\nam 26.10. hatte ich ja abgesagt, bekomme ich dafür trotzdem eine Rechnung?"
       " Und bleibt es nächste Woche Montag bei 11 Uhr?\n\nGruß\nKlaus Zimmermann",
       client="outlook",
       note="the cancelled 26.10 is not a treatment day")  # fmt: skip
    no("cs44_lehmann_code.eml", 14, ("technical",), "2026-10-13 12:55", video_link_subject(1092),
       "Hallo, der Code wird bei mir nicht angenommen, da steht ungültig. Was mache ich falsch?"
       "\nAnna Lehmann",
       client="samsung", reply="vl-1092", style="samsung",
       note="five minutes before the session: video access problem")  # fmt: skip


def main() -> None:
    load_practice()
    everyday_yeses()
    new_patients()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
