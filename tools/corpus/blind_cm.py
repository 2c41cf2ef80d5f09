"""Write blind set CM: a plain, representative inbox of the whole year, nothing themed.

43 mails from 23 of the 24 patients in practice.toml, January to December: mostly short
replies under our confirmation request from phones and webmail (German, some English, some
learners' German and dialect), with and without the date, some new mails naming the date
in subject or text, several days at once, a few weeks late, a few with a question, a
reschedule wish or a technical problem beside the yes, one "confirmation" of a day that was
cancelled (32 mails meant as confirmations); and eleven look-alikes: two cancellations, two
reschedule wishes, two questions (one about a coming session, one under our request), two
phone calls that never came and a video session that never started, and two friendly
replies to reminders.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cm`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_cm")


def winter() -> None:
    """January to March: Krüger, Becker, Wolff, Aydın, Demir."""
    yes("cm01_krueger_ja_mit_datum.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:41",
        re(1003), "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden.\n\nGruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("cm02_krueger_ohne_datum.eml", 1, (1006,), (), "2026-02-17 14:08", re(1006),
        "Hat stattgefunden, danke!\nS. Krüger",
        client="webde", reply="cr-1006", style="webde",
        note="a dateless yes under our request for 17.02.2026")  # fmt: skip
    yes("cm03_krueger_nachtrag_spaet.eml", 1, (1007, 1008), ("2026-02-24", "2026-03-03"),
        "2026-04-02 20:15", "Nachtrag Bestätigung",
        "Guten Abend,\n\nbeim Aufräumen meines Postfachs habe ich gesehen, dass ich zwei Termine "
        "noch nicht bestätigt hatte: die Krankengymnastik am 24.02. und am 03.03. haben beide "
        "ganz normal stattgefunden. Entschuldigung für die Verspätung!\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde", note="a new mail a month late, two days at once")  # fmt: skip
    yes("cm04_becker_zwei_tage.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-13 07:52", "Bestätigung 09.02. und 12.02.",
        "Moin,\n\nder Vollständigkeit halber: Manuelle Therapie am Mo 9.2. und Do 12.2. "
        "hat jeweils stattgefunden.\n\nThomas Becker",
        client="thunderbird", note="new mail, two days in subject and text")  # fmt: skip
    yes("cm05_becker_frage_rechnung.eml", 2, (1016,), ("2026-02-23",), "2026-02-24 08:30",
        re(1016),
        "Hallo,\n\nja, der Termin am 23.2. hat stattgefunden.\n\nKurze Frage noch: bekomme ich "
        "die Rechnung für Februar per Post oder per Mail? Meine private Kasse möchte das "
        "Original.\n\nDanke und Gruß\nThomas Becker",
        client="thunderbird", reply="cr-1016", style="thunderbird", staff=True,
        extra=("question",), note="yes with a date, and a question about the invoice")  # fmt: skip
    no("cm06_becker_erinnerung_ok.eml", 2, ("other",), "2026-02-25 18:04", rem(1017),
       "Danke für die Erinnerung, ich bin morgen um halb sechs unter der Handynummer erreichbar.\n\nT. Becker",
       client="thunderbird", reply="rem-1017", style="thunderbird", staff=False,
       note="a reply to the reminder before the session: nothing to confirm, nothing to do")  # fmt: skip
    no("cm07_wolff_kein_anruf.eml", 4, ("other",), "2026-02-06 16:02", re(1031),
       "Sehr geehrte Damen und Herren,\n\nheute hat mich niemand angerufen. Ich habe ab 14 Uhr "
       "neben dem Telefon gesessen, aber es kam nichts. Was ist da passiert? Bitte melden Sie sich.\n\n"
       "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
       client="tonline", reply="cr-1031", style="tonline",
       note="under our request, but the call never came: nothing to confirm")  # fmt: skip
    yes("cm08_wolff_einer_ja_einer_nein.eml", 4, (1033,), ("2026-02-20",), "2026-02-20 16:40",
        re(1033),
        "Guten Tag,\n\nder Termin heute, 20.02., hat stattgefunden. Den Termin am 13.02. "
        "hatte ich dagegen nicht, da war ich beim Facharzt und hatte telefonisch abgesagt. "
        "Nicht dass der versehentlich abgerechnet wird.\n\nMfG\nH.-J. Wolff",
        client="tonline", reply="cr-1033", style="tonline", staff=True,
        note="20.02. confirmed; 13.02. did not take place, staff should check it")  # fmt: skip
    yes("cm09_aydin_telefon.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:47", re(1130),
        "Hallo,\n\nTermin 19.02 ist gewesen. Danke\n\nMehmet",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    no("cm10_aydin_frage_rezept.eml", 22, ("question",), "2026-03-05 16:18", re(1132),
       "Hallo,\n\nwie viele Termine habe ich noch auf mein Rezept? Muss ich beim Arzt neues holen "
       "oder machen Sie das?\n\nGruß Mehmet Aydın",
       client="outlook", reply="cr-1132", style="outlook",
       note="a question under our request, no word that the session took place")  # fmt: skip
    yes("cm11_demir_haken.eml", 3, (1021,), (), "2026-03-18 11:02", re(1021, "Re"),
        "Bestätigt ✓",
        client="gmail", reply="cr-1021", style="gmail",
        note="a dateless one-word yes under our request for 18.03.2026")  # fmt: skip


def spring() -> None:
    """March to June: Koch, O'Neill, Schulz, Hoffmann, Berger, Popescu, Richter."""
    yes("cm12_koch_dialekt.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 18:05", re(1109),
        "Grüß Gott,\n\nam Montag den 23.3. hab i die Behandlung g'habt, hat alles basst.\n\n"
        "Servus\nRenate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("cm13_koch_zwei_neu.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-02 09:40", "termine",
        "hallo, hab den 30.3. und den 1.4. gehabt, beide am telefon, war alles gut\n"
        "gruß renate koch",
        client="tonline", note="new mail in lower case, two days")  # fmt: skip
    yes("cm14_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:12",
        re(1136, "RE"),
        "Hi there,\n\nJust confirming that my session on 14 April took place.\n\nBest,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("cm15_schulz_mutter.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:30", re(1034),
        "Hallo,\n\nMarie hatte heute (16.04.) ihre Stunde, hat alles gut geklappt.\n\n"
        "Viele Grüße\nKatrin Schulz (Mutter)",
        client="thunderbird", reply="cr-1034", style="thunderbird", name="Katrin Schulz",
        note="the mother answers for her daughter from the registered address")  # fmt: skip
    no("cm16_schulz_absage.eml", 5, ("cancellation",), "2026-05-19 07:45", "Absage Donnerstag",
       "Guten Morgen,\n\nMarie hat seit gestern Fieber, wir müssen den Termin am Donnerstag "
       "(21.5.) leider absagen. Nächste Woche sollte es wieder gehen.\n\nViele Grüße\nKatrin Schulz",
       client="thunderbird", name="Katrin Schulz",
       note="a cancellation of a coming session")  # fmt: skip
    yes("cm17_hoffmann_zwei_am_tag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:20",
        re(1043),
        "Hallo,\n\nich bestätige beide Termine von heute, 18.05. – morgens das Gerätetraining "
        "und mittags die Manuelle Therapie.\n\nViele Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of 18.05. confirmed under the request for the second")  # fmt: skip
    no("cm18_hoffmann_frage_handy.eml", 6, ("question",), "2026-05-29 08:10", vl(1045, "AW"),
       "Guten Morgen,\n\nkann ich am Montag auch mit dem Handy teilnehmen oder brauche ich den "
       "Laptop? Ich bin da evtl. unterwegs.\n\nGruß\nPeter Hoffmann",
       client="outlook", reply="vl-1045", style="outlook",
       note="a question about a coming video session")  # fmt: skip
    no("cm19_berger_anruf_kam_nicht.eml", 24, ("other",), "2026-05-13 10:58",
       "Termin heute 9 Uhr",
       "Guten Tag,\n\nich habe heute Vormittag auf den Anruf gewartet, es hat aber keiner "
       "angerufen. Bin bis jetzt zu Hause gewesen. Bitte geben Sie mir Bescheid, wie es "
       "weitergeht.\n\nUrsula Berger\nTel. 0421 339812",
       client="thunderbird", note="the session of 13.05. did not take place")  # fmt: skip
    yes("cm20_popescu_yahoo.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:03", re(1046),
        "Hallo,\nja ich bestätige die Behandlung am 2. Juni. Es war sehr gut, danke schön.\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("cm21_popescu_schmerzen.eml", 7, (1048,), ("2026-06-16",), "2026-06-16 17:40", re(1048),
        "Guten Tag,\ntermin ist statt gefunden 16.06. Aber ich habe noch schmerzen in der "
        "Schulter wenn ich Arm hoch mache, ist das normal? Soll ich Übungen weiter machen?\n"
        "Danke\nElena Popescu",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True, extra=("question",),
        note="yes with the date, and a question about pain for the therapist")  # fmt: skip
    no("cm22_popescu_verschieben.eml", 7, ("reschedule",), "2026-06-25 19:12",
       "Termin verschieben",
       "Hallo,\nkann ich Termin am 30. Juni auf andere Tag machen? Ich habe an Dienstag Arbeit "
       "bis 14 Uhr. Mittwoch oder Donnerstag ist gut.\nElena",
       client="yahoo", note="a reschedule wish for a coming session")  # fmt: skip
    yes("cm23_richter_daumen.eml", 8, (1051,), (), "2026-06-03 21:12", re(1051, "Re"),
        "Jo, hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    no("cm24_richter_kein_video.eml", 8, ("technical",), "2026-06-17 19:52", re(1053, "Re"),
       "Hi, die Sitzung heute hat leider nicht stattgefunden. Ich war ab 18 Uhr im Link, aber "
       "da stand die ganze Zeit nur „Warten auf Teilnehmer“. Bitte nicht abrechnen und einen "
       "neuen Termin geben.\n\nJonas\n\nVon meinem iPhone gesendet",
       client="iphone", reply="cr-1053", style="iphone",
       note="under our request, but the video session never started")  # fmt: skip
    yes("cm25_richter_mac.eml", 8, (1054,), ("2026-06-24",), "2026-06-24 19:55", re(1054, "Re"),
        "Bestätige den 24.6., danke!\nJonas",
        client="apple", reply="cr-1054", style="iphone")  # fmt: skip


def summer_autumn() -> None:
    """July to December: Neumann, Brandt, Carter, Yıldız, Vogel, Lehmann, Zimmermann,
    Schäfer, Jansen, Nowak, Hartmann."""
    yes("cm26_neumann_spaet.eml", 9, (1060, 1061), ("2026-07-21", "2026-07-23"),
        "2026-09-02 10:05", "Termine im Juli",
        "Guten Tag,\n\nich habe gemerkt, dass ich die Termine vom 21. und 23. Juli noch nicht "
        "bestätigt habe. Beide Anrufe haben stattgefunden.\n\nMit freundlichen Grüßen\n"
        "Gisela Neumann",
        client="plain", note="six weeks late, two days in one month")  # fmt: skip
    yes("cm27_brandt_unten.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:20", re(1063),
        "Bestätige hiermit den Termin vom 03.07.2026.\n\n-- \nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True,
        note="bottom-posted under the quote")  # fmt: skip
    yes("cm28_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:10",
        re(1069, "Re"), "Hi,\n\nyes, the session on 3 August took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("cm29_carter_move_next.eml", 11, (1071,), (), "2026-08-17 18:40", re(1071, "Re"),
        "Confirmed, thank you!\n\nQuick question: could next week's session (Aug 24) be moved to "
        "3pm? I have a meeting over lunch that day.\n\nBest,\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True, extra=("reschedule",),
        note="a dateless yes for 17.08.; 24.08. is a coming session to move")  # fmt: skip
    no("cm30_carter_see_you.eml", 11, ("other",), "2026-09-06 12:31", rem(1074, "Re"),
       "Thanks for the reminder, see you tomorrow!\nEmily",
       client="gmail", reply="rem-1074", style="gmail_en", staff=False,
       note="a thank-you to the reminder before the session")  # fmt: skip
    yes("cm31_yildiz_kurz.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:22", re(1075),
        "hallo ja am 5.8 war termin\nlg fatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("cm32_vogel_signatur.eml", 13, (1082,), (), "2026-09-10 09:05", re(1082),
        "Bestätigt.\n\nDr. Michael Vogel\nRechtsanwalt\nVogel & Partner mbB\nKönigsallee 12, "
        "40212 Düsseldorf\nTel. 0211 86 44 70-0",
        client="outlook", reply="cr-1082", style="outlook_classic",
        note="a dateless yes above a firm signature")  # fmt: skip
    yes("cm33_vogel_zwei.eml", 13, (1084, 1085), ("2026-09-24", "2026-10-01"),
        "2026-10-01 12:30", re(1085),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlungen vom 24.09. "
        "und 01.10.2026.\n\nMit freundlichen Grüßen\nDr. Michael Vogel",
        client="outlook", reply="cr-1085", style="outlook_classic",
        note="under the request for 01.10., also the week before")  # fmt: skip
    no("cm34_lehmann_absage.eml", 14, ("cancellation",), "2026-10-12 19:40", rem(1092),
       "Hallo,\n\nich muss den Termin morgen leider absagen, ich liege mit Grippe im Bett.\n\n"
       "Viele Grüße\nAnna",
       client="thunderbird", reply="rem-1092", style="thunderbird",
       note="a cancellation in reply to the reminder")  # fmt: skip
    yes("cm35_zimmermann_galaxy.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:10",
        re(1093), "Ja Behandlung am 05.10 hat stattgefunden\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1093", style="samsung")  # fmt: skip
    yes("cm36_zimmermann_abgesagter_tag.eml", 15, (), ("2026-10-26",), "2026-10-27 09:12",
        "Termin 26.10.",
        "Guten Morgen, bestätige hiermit den Termin vom 26.10.\nK. Zimmermann\n\n"
        "Gesendet von meinem Galaxy",
        client="samsung", staff=True,
        note="26.10. is cancelled in the calendar: nothing to record, staff checks")  # fmt: skip
    yes("cm37_schaefer_kanzlei.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:15", re(1098),
        "Guten Morgen,\n\nder Termin am 07.10. hat stattgefunden.\n\nMit freundlichen Grüßen\n"
        "Birgit Schäfer\nSteuerberaterin\nSchäfer Steuerberatung · Tel. 0611 5073 90",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("cm38_schaefer_ton_weg.eml", 16, (1101,), ("2026-10-28",), "2026-10-28 21:05", re(1101),
        "Hallo,\n\nja, 28.10. war. Aber der Ton war heute ständig weg, wir mussten dreimal neu "
        "verbinden. Können Sie sich das mal anschauen? Auf meiner Seite ist das Internet ok.\n\n"
        "Grüße\nBirgit Schäfer",
        client="webde", reply="cr-1101", style="webde", staff=True, extra=("technical",),
        note="yes with the date, and a sound problem to look at")  # fmt: skip
    yes("cm39_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:04",
        re(1104, "Re"), "moin, hat heute geklappt. 22.10. bestätigt\nole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("cm40_nowak_proton.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:02",
        re(1116, "Re"), "Bestätigt: 06.11.2026\n\nDavid Nowak",
        client="plain", reply="cr-1116", style="gmail")  # fmt: skip
    no("cm41_nowak_uhrzeit.eml", 19, ("reschedule",), "2026-11-24 07:15", vl(1119),
       "Hallo,\n\nkönnten wir den Termin am Freitag ausnahmsweise um 9 statt um 8 machen? "
       "Ich muss vorher mein Kind zur Schule bringen.\n\nDanke\nDavid",
       client="plain", reply="vl-1119", style="gmail",
       note="a reschedule wish for a coming session, in reply to the video link")  # fmt: skip
    yes("cm42_hartmann_erste_stunde.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:10",
        re(1120),
        "Hallo!\n\nJa, die erste Stunde am 03.11. hat stattgefunden, war super 😊\n\nLeonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("cm43_hartmann_vergessen.eml", 20, (1121, 1122), ("2026-11-10", "2026-11-17"),
        "2026-12-01 20:48", "Bestätigung vergessen",
        "Hallo,\n\nich glaube, ich hab vergessen, die Termine vom 10.11. und 17.11. zu "
        "bestätigen. Beide haben stattgefunden!\n\nLG Leonie Hartmann\n\nVon meinem iPhone gesendet",
        client="iphone", note="a new mail two weeks late, two days")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer_autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
