"""Write blind set EZ: a hard set of look-alikes, written as real patients write them.

42 mails: 11 that confirm a session of the patient's own that took place (9 plain, 2 that
confirm one day and report another that did not happen) and 31 that a hasty reader might
take for a confirmation but a careful employee would not record: an appointment still to
come "bestätigt", a thank-you or a yes for a cancelled session, a confirmation for a family
member who is also a patient, a session at another practice or a visit to the doctor, a
quoted or forwarded old mail, "hat leider nicht stattgefunden" in many forms, a session
broken off, a yes that answers something else, an already confirmed day, a day that
contradicts itself.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ez`.
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

HERE = data_dir("blind_ez")


def plain_confirmations() -> None:
    yes("ez01_krueger_ja_27.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:12", re(1003),
        "Ja hat stattgefunden am 27.01.\nDanke und Gruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("ez02_becker_5_2.eml", 2, (1011,), ("2026-02-05",), "2026-02-05 20:04", re(1011),
        "Bestätige den Termin vom 5.2., lief gut.\n\nGruß\nT. Becker",
        client="gmail", reply="cr-1011", style="gmail")  # fmt: skip
    yes("ez03_wolff_zwei_tage.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-01-26 09:14", "Bestätigung Behandlungen",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen "
        "Behandlungen am 16.1. und am 23.1.2026. Entschuldigen Sie die späte Antwort, "
        "der Computer war kaputt.\n\nMit freundlichem Gruß\nHans-Jürgen Wolff",
        client="tonline", note="new mail, two days at once, a few days late")  # fmt: skip
    yes("ez04_demir_daumen.eml", 3, (1019,), (), "2026-03-04 10:21", re(1019),
        "ja hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1019", style="iphone",
        note="a yes under our request for 04.03.2026 that names no day")  # fmt: skip
    yes("ez05_carter_english.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 14:07",
        re(1070, "Re"),
        "Hi,\n\nyes, confirming that today's session (10 Aug) took place. Thanks a lot!\n\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("ez06_neumann_dienstag.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:45", re(1056),
        "Guten Tag,\n\ndie Behandlung am Dienstag den 7.7. hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird", bottom=True)  # fmt: skip
    yes("ez07_aydin_kurz.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 15:33", re(1131),
        "hallo ja termin 26.02 war gut ok danke\nMehmet",
        client="samsung", reply="cr-1131", style="samsung")  # fmt: skip
    yes("ez08_berger_formell.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 11:02", re(1143),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische "
        "Behandlung am 13.05.2026 stattgefunden hat.\n\nMit freundlichen Grüßen\nUrsula Berger",
        client="outlook", reply="cr-1143", style="outlook_classic")  # fmt: skip
    yes("ez09_brandt_nachtrag.eml", 10, (1064, 1065), ("2026-07-10", "2026-07-17"),
        "2026-07-29 22:40", re(1065),
        "Sorry, hab das total verpeilt. 10.07. und 17.07. haben beide stattgefunden.\n\nLukas",
        client="apple", reply="cr-1065", style="iphone",
        note="late, two days; 10.07. has its own request")  # fmt: skip
    yes("ez10_hoffmann_mt_mittag.eml", 6, (1043,), ("2026-05-18",), "2026-05-18 14:41",
        re(1043),
        "Bestätigt: MT heute Mittag, 18.05.\n\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="the MT at 12:30 under its own request, not the KGG of the same morning")  # fmt: skip


def partly() -> None:
    yes("ez11_becker_einer_ja_einer_nein.eml", 2, (1013,), ("2026-02-12",), "2026-02-17 08:10",
        "Termine letzte Woche / diese Woche",
        "Hallo,\n\nder 12.02. hat stattgefunden. Gestern (16.02.) hat das leider nicht "
        "geklappt, ich saß noch im Meeting und hab den Anruf verpasst. Sorry!\n\n"
        "Gruß Thomas Becker",
        client="gmail", staff=True,
        note="12.02. confirmed; 16.02. missed, staff must know")  # fmt: skip
    yes("ez12_koch_abgebrochen.eml", 18, (1109,), ("2026-03-23",), "2026-03-26 10:05",
        "Behandlungen",
        "Guten Morgen,\n\ndie Behandlung am Montag 23.3. war gut. Am Mittwoch musste ich "
        "nach 10 Minuten aufhören, mir wurde schwindelig, das wissen Sie ja.\n\n"
        "Gruß Renate Koch",
        client="tonline", staff=True,
        note="23.03. confirmed; Wednesday 25.03. broken off, not named as taken place")  # fmt: skip


def still_to_come() -> None:
    no("ez13_demir_morgen.eml", 3, ("other",), "2026-03-10 09:02", reminder_subject(1020),
       "Hallo, ja ich bestätige den Termin morgen 11.03., bin dabei. LG Aylin",
       client="gmail", reply="rem-1020", style="gmail", staff=False,
       note="answers the reminder: attendance of a session still to come, nothing to do")  # fmt: skip
    no("ez14_krueger_heute_vorher.eml", 1, ("other",), "2026-02-24 08:15",
       "Bestätigung 24.02.",
       "Guten Morgen,\nhiermit bestätige ich den Termin heute um 10 Uhr.\nSabine Krüger",
       client="webde",
       note="written before the 10:00 session: a future day 'bestätigt', nothing to record")  # fmt: skip
    no("ez15_wagner_ja_erinnerung.eml", 21, ("other",), "2026-02-08 10:12",
       reminder_subject(1128),
       "Ja\n\nGesendet von meinem Galaxy",
       client="samsung", reply="rem-1128", style="samsung", staff=False,
       note="a yes to the reminder for tomorrow")  # fmt: skip
    no("ez16_richter_link_passt.eml", 8, ("other",), "2026-06-07 17:30",
       video_link_subject(1052),
       "Ja passt, danke! Bin Mittwoch dabei.\n\nJonas",
       client="iphone", reply="vl-1052", style="iphone", staff=False,
       note="a yes to the video link for 10.06., before the session")  # fmt: skip


def cancelled_days() -> None:
    yes("ez17_yildiz_abgesagt_ja.eml", 12, (), (), "2026-08-19 14:20", re(1077),
        "Ja war gut am 19.8 danke schön\nFatma",
        client="webde", reply="cr-1077", style="webde", staff=True,
        note="19.08. is cancelled in the practice: a yes for a day that cannot be recorded")  # fmt: skip
    no("ez18_zimmermann_danke_absage.eml", 15, ("other",), "2026-10-26 13:05", re(1096),
       "Danke für Ihr Verständnis wegen der Absage heute. Nächsten Montag bin ich wieder dabei.\n"
       "K. Zimmermann",
       reply="cr-1096", style="thunderbird", client="thunderbird", staff=False,
       note="thanks for the cancellation of 26.10.; nothing took place, nothing to do")  # fmt: skip
    no("ez19_wagner_war_doch_abgesagt.eml", 21, ("question",), "2026-02-02 12:30", re(1127),
       "Hallo, der Termin am 2.2. war doch abgesagt oder? Ich hatte am Freitag angerufen.\n"
       "Viele Grüße\nSophie Wagner",
       client="gmail", reply="cr-1127", style="gmail",
       note="a request for a cancelled day; the patient asks")  # fmt: skip
    no("ez20_demir_heute_nicht.eml", 3, ("other",), "2026-04-01 10:40", re(1023),
       "Hallo, ich glaube da ist was falsch. Heute war kein Termin, der wurde letzte Woche "
       "abgesagt.\nLG Aylin",
       client="gmail", reply="cr-1023", style="gmail",
       note="cancelled day, our request was wrong")  # fmt: skip


def somebody_else() -> None:
    yes("ez21_krueger_fuer_vater.eml", 1, (), ("2026-01-30",), "2026-01-30 16:05",
        "Termin von meinem Vater",
        "Hallo liebes Praxisteam,\n\nmein Vater Hans-Jürgen Wolff hat ja keinen Computer "
        "mehr, deshalb schreibe ich für ihn: er hatte heute am 30.01. seine Telefonbehandlung, "
        "hat alles gut geklappt.\n\nViele Grüße\nSabine Krüger",
        client="webde", staff=True,
        note="confirms her father's session (patient 4) from her own address; staff decides")  # fmt: skip
    yes("ez22_aydin_fuer_schwester.eml", 22, (), ("2026-08-12",), "2026-08-12 13:10",
        "Fatma Yildiz termin",
        "Hallo, ich schreibe für meine Schwester Fatma Yıldız, ihr Deutsch ist nicht so gut. "
        "Sie hatte heute 12.8. Telefon termin, hat statt gefunden. Danke\nMehmet Aydın",
        client="samsung", staff=True,
        note="confirms his sister's session (patient 12), not his own")  # fmt: skip
    no("ez23_berger_orthopaede.eml", 24, ("other",), "2026-05-20 17:45", re(1144),
       "Hallo,\n\nich war heute noch beim Orthopäden, der sagt die Übungen sind gut und hat "
       "nochmal 6x KG aufgeschrieben. Wie geht das jetzt weiter mit dem Rezept?\n\n"
       "Gruß U. Berger",
       client="outlook", reply="cr-1144", style="outlook",
       note="under our request for 20.05. but tells of the doctor's visit; nothing about our session")  # fmt: skip
    no("ez24_richter_andere_physio.eml", 8, ("question",), "2026-06-16 19:20",
       "Frage wegen Behandlung",
       "Hi,\n\nkurze Frage: ich war am Montag (15.6.) bei einer Physio hier vor Ort, "
       "Rezept vom Hausarzt. Ist das ein Problem für die Behandlung bei Ihnen?\n\nJonas Richter",
       client="iphone", dates=("2026-06-15",),
       note="a treatment at another practice on a day we had none")  # fmt: skip
    yes("ez25_zimmermann_falsche_praxis.eml", 15, (), ("2026-10-14",), "2026-10-14 18:30",
        "Bestätigung",
        "Sehr geehrte Frau Jung,\n\nhiermit bestätige ich die Lymphdrainage vom 14.10.2026 "
        "in Ihrer Praxis am Marktplatz.\n\nMit freundlichen Grüßen\nKlaus Zimmermann",
        client="plain", staff=True,
        note="meant for another practice: a Wednesday treatment we never had")  # fmt: skip
    no("ez26_schaefer_hausarzt.eml", 16, ("other",), "2026-10-21 21:05", re(1100),
       "Hallo,\n\nich war heute lange beim Hausarzt und konnte deshalb um 19 Uhr leider nicht. "
       "Tut mir leid, dass ich nicht Bescheid gegeben habe.\n\nBirgit Schäfer",
       client="outlook", reply="cr-1100", style="outlook",
       sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
       note="missed 21.10. because of the doctor, from her work address")  # fmt: skip


def old_mail() -> None:
    no("ez27_wolff_schon_bestaetigt.eml", 4, ("question",), "2026-01-12 10:30",
       "Meine Bestätigung",
       "Sehr geehrte Damen und Herren,\n\nhaben Sie meine Bestätigung bekommen? Ich habe "
       "keine Antwort erhalten.\n\n----- Meine Mail vom 09.01.2026 -----\n"
       "Hiermit bestätige ich die Behandlung vom 09.01.2026.\nH.-J. Wolff\n\n"
       "Mit freundlichem Gruß\nHans-Jürgen Wolff",
       client="tonline",
       note="quotes his own earlier confirmation of 09.01. (already recorded) and asks")  # fmt: skip
    mc.human("ez28_brandt_weitergeleitet.eml", sender=10, date="2026-08-03 09:15",
             subject="Fwd: Bitte bestätigen Sie Ihre Behandlung vom 24.07.2026",
             body="Hab ich darauf schon geantwortet? Weiß es grad nicht mehr, "
                  "sagt mir kurz Bescheid.\n\nLukas",
             client="gmail", forward="cr-1066", quote_style="forward_gmail",
             label=mc.Label(("question",), patient=10, needs_staff=True,
                            note="forwards our old request and asks; confirms nothing"))  # fmt: skip
    yes("ez29_koch_doppelt.eml", 18, (), ("2026-04-15",), "2026-04-20 11:00",
        "Bestätigung 15.4.",
        "Hallo,\nhiermit bestätige ich die Behandlung vom 15.04.\nRenate Koch",
        client="tonline", staff=True,
        note="15.04. is already confirmed; nothing to record")  # fmt: skip


def did_not_happen() -> None:
    no("ez30_becker_gewartet.eml", 2, ("other",), "2026-02-19 19:40", re(1015),
       "Leider hat der Termin heute nicht stattgefunden, ich habe bis 18 Uhr auf den Anruf "
       "gewartet.\n\nT. Becker",
       client="gmail", reply="cr-1015", style="gmail")  # fmt: skip
    no("ez31_hartmann_warteraum.eml", 20, ("technical",), "2026-11-10 18:45", re(1121),
       "Hallo,\nich war pünktlich im Warteraum aber es ist niemand gekommen. Nach 20 Minuten "
       "hab ich es aufgegeben.\nLeonie",
       client="webde", reply="cr-1121", style="webde")  # fmt: skip
    no("ez32_lehmann_verpasst.eml", 14, ("reschedule",), "2026-09-22 15:10", re(1089),
       "Hallo,\n\nich muss leider gestehen, dass ich den Termin heute verpasst habe – die "
       "Vorlesung ging länger. Tut mir leid! Kann man das nachholen?\n\nViele Grüße\n"
       "Anna Lehmann",
       client="outlook", reply="cr-1089", style="outlook")  # fmt: skip
    no("ez33_nowak_krank.eml", 19, ("other",), "2026-11-13 10:02", re(1117),
       "Nein, hat nicht stattgefunden. Ich war krank und hatte gestern telefonisch abgesagt.\n\n"
       "D. Nowak",
       client="thunderbird", reply="cr-1117", style="thunderbird")  # fmt: skip
    no("ez34_jansen_schwarz.eml", 17, ("technical", "reschedule"), "2026-10-29 11:50", re(1105),
       "Ne leider nicht, bei mir hat das Video nicht geladen, nur schwarzer Bildschirm. "
       "Können wir das wiederholen?\n\nOle",
       client="gmail", reply="cr-1105", style="gmail")  # fmt: skip
    no("ez35_popescu_internet.eml", 7, ("technical",), "2026-06-09 13:05", re(1047),
       "Hallo, heute Termin war nicht, ich hatte Internet Problem. Sorry.\nElena",
       client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    no("ez36_oneill_train.eml", 23, ("other",), "2026-04-28 21:30", re(1138, "RE"),
       "No - unfortunately the call didn't happen tonight, I was stuck on a train with no "
       "signal. Sorry about that.\n\nJames",
       client="outlook", reply="cr-1138", style="outlook_en")  # fmt: skip
    no("ez37_koch_niemand_angrufe.eml", 18, ("other",), "2026-03-30 17:20", re(1111),
       "Also bei mir hat heut niemand angrufe, hab extra gwartet bis halb viere.\nRenate Koch",
       client="tonline", reply="cr-1111", style="tonline")  # fmt: skip


def broken_off() -> None:
    no("ez38_vogel_abgebrochen.eml", 13, ("question",), "2026-09-17 09:10", re(1083),
       "Guten Morgen,\n\ndie Sitzung heute musste ich leider nach 10 Minuten abbrechen, "
       "dringender Anruf aus der Kanzlei. Wie handhaben Sie das?\n\nDr. M. Vogel",
       client="apple", reply="cr-1083", style="iphone")  # fmt: skip
    no("ez39_carter_dropped.eml", 11, ("technical",), "2026-08-17 13:45", re(1071, "Re"),
       "Hi, the connection dropped after about 5 minutes and we couldn't get back in. "
       "So it only partly happened, I guess?\n\nEmily",
       client="gmail", reply="cr-1071", style="gmail_en")  # fmt: skip
    no("ez40_berger_halb.eml", 24, ("other",), "2026-05-27 11:00", re(1145),
       "Ja, aber nur zur Hälfte, nach einer Viertelstunde war die Leitung tot und es kam "
       "kein Anruf mehr.\n\nU. Berger",
       client="outlook", reply="cr-1145", style="outlook_classic",
       note="a yes that is not one: the session broke off halfway")  # fmt: skip


def other_answers() -> None:
    no("ez41_hoffmann_ja_verschieben.eml", 6, ("reschedule",), "2026-05-26 09:30", re(1044),
       "Ja, gerne würde ich die nächsten Termine auf 8 Uhr legen, 7:30 ist mir zu früh.\n\n"
       "P. Hoffmann",
       client="outlook", reply="cr-1044", style="outlook",
       note="a yes under our request that answers a reschedule, not the session")  # fmt: skip
    yes("ez42_jansen_mittwoch_gestern.eml", 17, (), ("2026-10-28",), "2026-10-30 08:20",
        "Bestätigung",
        "Moin, die Behandlung gestern, Mittwoch 28.10., hat stattgefunden.\nOle Jansen",
        client="gmail", staff=True,
        note="'gestern' is 29.10. (his Thursday session), the day he names is Wednesday 28.10.: contradicts itself")  # fmt: skip


def main() -> None:
    load_practice()
    plain_confirmations()
    partly()
    still_to_come()
    cancelled_days()
    somebody_else()
    old_mail()
    did_not_happen()
    broken_off()
    other_answers()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
