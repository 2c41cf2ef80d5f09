"""Write blind set BW: a plain, representative inbox of the whole year, 41 mails.

Mostly short replies under our confirmation request from phones and webmail, with and
without the date, some new mails naming the day in subject or text, several days at once,
a few late ones, a few with a question or a problem beside the yes; leaning towards the
private patients (MT, KGG, KG) and the one patient with two sessions on one day (KGG in
the morning, MT at noon on 18.05.). Ten look-alikes: a cancellation and a reschedule
answering a reminder, a thank-you for the video link, an ok to a reminder, a question
about a coming session, sessions that did not (fully) take place answered under our
request.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bw`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bw")


def private_patients() -> None:
    # Thomas Becker, private, MT by phone
    yes("bw01_becker_mt_montag.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:10", re(1010),
        "Hallo,\n\nja, die Manuelle Therapie am Montag 2.2. per Telefon hat stattgefunden.\n\nVG\nThomas Becker",
        client="webde", reply="cr-1010", style="webde")  # fmt: skip
    yes("bw02_becker_drei_tage.eml", 2, (1011, 1012, 1013),
        ("2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-13 08:40",
        "Bestätigung MT-Termine Februar",
        "Guten Morgen,\n\nhiermit bestätige ich die telefonischen MT-Behandlungen am 5.2., 9.2."
        " und 12.2.2026. Hatte die einzelnen Mails liegen lassen, sorry.\n\nBeste Grüße\nThomas Becker",
        client="webde", note="new mail, three days at once")  # fmt: skip
    # Peter Hoffmann, private, KGG (and one MT) by video
    yes("bw03_hoffmann_geraet.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:15", re(1040),
        "Guten Morgen,\n\ndie KG am Gerät am 04.05. hat stattgefunden.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("bw04_hoffmann_zwei_am_tag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 18:30",
        re(1043),
        "Hallo zusammen,\n\nam 18.5. hatte ich ja zwei Termine, morgens das Gerätetraining und"
        " mittags die manuelle Therapie. Beide haben stattgefunden, also bitte beide"
        " abhaken.\n\nGruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on one day, KGG and MT, both confirmed")  # fmt: skip
    yes("bw05_hoffmann_handy_kurz.eml", 6, (1044,), (), "2026-05-26 10:02", re(1044),
        "Ja hat stattgefunden\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1044", style="iphone",
        note="a yes under our request for 26.05.2026, no day named")  # fmt: skip
    yes("bw06_hoffmann_nachtrag.eml", 6, (1041, 1045), ("2026-05-11", "2026-06-01"),
        "2026-06-15 21:05", "Nachtrag Bestätigung",
        "Hallo,\n\nsorry für die Verspätung, ich hab zwei Bestätigungen vergessen: das"
        " Gerätetraining am 11.5. und das am 1.6. fand beides ganz normal statt.\n\n"
        "Schönen Abend\nPeter Hoffmann",
        client="outlook", note="late new mail, two days")  # fmt: skip
    # Jonas Richter, private, MT by video
    yes("bw07_richter_daumen.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:45", re(1051),
        "Ja, war dabei, 3.6. 👍\n\nJonas",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("bw08_richter_rechnung.eml", 8, (1054,), ("2026-06-24",), "2026-06-25 08:10", re(1054),
        "Moin,\n\nja, die Manuelle am 24.6. hat stattgefunden.\n\nKurze Frage noch: kann ich"
        " die Rechnungen für Juni gesammelt als PDF bekommen? Meine Versicherung will die"
        " digital haben.\n\nDanke & Gruß\nJonas Richter",
        client="apple", reply="cr-1054", style="iphone", staff=True, extra=("question",),
        note="yes with a question about the invoices")  # fmt: skip
    # Lukas Brandt, private, KG by video
    yes("bw09_brandt_formell.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:30", re(1063),
        "Hallo,\n\nich bestätige hiermit die Krankengymnastik per Video am 03.07.2026.\n\n"
        "Viele Grüße\nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird")  # fmt: skip
    yes("bw10_brandt_unten.eml", 10, (1065,), (), "2026-07-18 10:12", re(1065),
        "Hat stattgefunden, danke.\n\nLukas",
        client="thunderbird", reply="cr-1065", style="thunderbird", bottom=True,
        note="bottom-posted yes under our request for 17.07.2026")  # fmt: skip
    yes("bw11_brandt_juli.eml", 10, (1066, 1067), ("2026-07-24", "2026-07-31"),
        "2026-08-01 11:00", "Termine Juli",
        "Hallo Praxis Impulse,\n\ndie Videotermine am 24. und 31. Juli haben beide"
        " stattgefunden.\n\nGruß\nLukas Brandt",
        client="thunderbird", note="new mail, two days in one month")  # fmt: skip
    # Emily Carter, private, KG by video, writes English
    yes("bw12_carter_en.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:10", re(1069),
        "Hi,\n\nyes, the session on Aug 3rd took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("bw13_carter_freeze.eml", 11, (1072,), ("2026-08-24",), "2026-08-24 15:05", re(1072),
        "Hello,\n\nyes, we had the session on 24 August. The video kept freezing for the last"
        " ten minutes though, so we finished over the phone. Is there anything I should"
        " change on my side for next time?\n\nBest,\nEmily Carter",
        client="gmail", reply="cr-1072", style="gmail_en", staff=True, extra=("technical",),
        note="took place, finished by phone; a technical question for staff")  # fmt: skip
    # Dr. Michael Vogel, private, MT by video at 7
    yes("bw14_vogel_kanzlei.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:20", re(1082),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Manuelle Therapie am"
        " 10.09.2026.\n\nMit freundlichen Grüßen\n\nDr. Michael Vogel\nRechtsanwalt\n"
        "Vogel & Partner mbB\nKönigsallee 14, 40212 Düsseldorf\nTel. 0211 5566770",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("bw15_vogel_kurz.eml", 13, (1083,), (), "2026-09-17 12:40", re(1083),
        "Bestätigt.\nMV\n\nVon Outlook für iOS gesendet",
        client="outlook", reply="cr-1083", style="outlook",
        note="one word under our request for 17.09.2026")  # fmt: skip
    # Ole Jansen, private, KGG by video
    yes("bw16_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:15", re(1104),
        "moin, jo das training am gerät am 22.10 hat geklappt\ngruß ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    # David Nowak, private, MT by video
    yes("bw17_nowak_neu.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:30",
        "Bestätigung 6.11.",
        "Hallo Praxis-Team,\n\ndie Manualtherapie am Freitag, 6.11., hat stattgefunden.\n\n"
        "Beste Grüße\nDavid Nowak",
        note="new mail, the day in subject and text")  # fmt: skip
    yes("bw18_nowak_zwei.eml", 19, (1117, 1118), ("2026-11-13", "2026-11-20"),
        "2026-11-20 12:00", re(1118),
        "Hallo,\n\nbestätige den 13.11. und den 20.11., die Mail von letzter Woche hatte ich"
        " übersehen.\n\nDavid",
        reply="cr-1118", style="thunderbird", note="today's and last week's session")  # fmt: skip
    # James O'Neill, private, MT by phone, writes English
    yes("bw19_oneill_en.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 22:30", re(1136),
        "Hello,\n\nI confirm the manual therapy call on 14 April took place.\n\nBest regards,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("bw20_oneill_catching_up.eml", 23, (1138, 1139, 1140, 1141),
        ("2026-04-28", "2026-05-05", "2026-05-12", "2026-05-19"), "2026-05-22 08:15",
        "Confirming my sessions",
        "Hi there,\n\ncatching up on my emails - the phone sessions on 28 April, 5 May and"
        " 12 May all happened. The one on 19 May as well.\n\nCheers,\nJames O'Neill",
        client="outlook", note="late new mail, four days in English")  # fmt: skip


def statutory_patients() -> None:
    yes("bw21_krueger_webde.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 14:20", re(1003),
        "Ja, die Behandlung am 27.01. hat stattgefunden.\n\nGruß S. Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("bw22_wolff_knapp.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:30", re(1028),
        "Ja. Termin 16.01. war.\nGruß HJW",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("bw23_wolff_sammel.eml", 4, (1029, 1030, 1031, 1032, 1033),
        ("2026-01-23", "2026-01-30", "2026-02-06", "2026-02-13", "2026-02-20"),
        "2026-02-21 10:05", "Termine",
        "Guten Tag,\n\nich habe noch nicht alle Termine bestätigt. Stattgefunden haben:"
        " 23.1., 30.1., 6.2., 13.2. und 20.2.\n\nMit freundlichem Gruß\nHans-Jürgen Wolff",
        client="tonline", note="new mail, five Fridays at once")  # fmt: skip
    yes("bw24_schulz_mutter.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 19:00", re(1034),
        "Hallo,\n\nMarie hat den Termin am 16.4. wahrgenommen, alles gut.\n\nViele Grüße\nKatrin Schulz",
        name="Katrin Schulz", reply="cr-1034", style="thunderbird",
        note="the mother writes from the registered address")  # fmt: skip
    yes("bw25_neumann_telefon.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 15:00", re(1056),
        "Sehr geehrte Damen und Herren,\n\nich bestätige das die Krankengymnastik am Telefon"
        " am 7.7.26 statgefunden hat.\n\nMit freundlichen Grüssen\nGisela Neumann",
        reply="cr-1056", style="outlook_classic")  # fmt: skip
    yes("bw26_yildiz_lerner.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 16:45", re(1075),
        "Hallo,\nja Termin war am 05.08 mit Telefon. Danke schön\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("bw27_aydin_samsung.eml", 22, (1130,), ("2026-02-19",), "2026-02-20 07:15", re(1130),
        "Hallo hat stattgefunden am 19.2. mfg Mehmet\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("bw28_wagner_verschieben.eml", 21, (1128,), ("2026-02-09",), "2026-02-09 12:40",
        re(1128),
        "Hallo,\n\nja, am 9.2. hat alles stattgefunden. Nächsten Montag schaffe ich 9:30 leider"
        " nicht, ginge es am Nachmittag?\n\nLG Sophie Wagner",
        client="gmail", reply="cr-1128", style="gmail", staff=True, extra=("reschedule",),
        note="yes for 09.02., and a wish to move 16.02.")  # fmt: skip
    yes("bw29_schaefer_buero.eml", 16, (1099,), ("2026-10-14",), "2026-10-14 21:40", re(1099),
        "Guten Abend,\n\ndie Behandlung am 14.10. hat stattgefunden.\n\nFreundliche Grüße\n"
        "Birgit Schäfer\n\nSchäfer Steuerberatung\nTel. 06221 334455",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        client="outlook", reply="cr-1099", style="outlook",
        note="from her second registered address")  # fmt: skip
    yes("bw30_hartmann_kurz.eml", 20, (1120,), (), "2026-11-03 19:05", re(1120),
        "Ja hat stattgefunden! Liebe Grüße Leonie",
        client="iphone", reply="cr-1120", style="iphone",
        note="a yes under our request for 03.11.2026")  # fmt: skip
    yes("bw31_demir_abgesagt.eml", 3, (1022,), ("2026-03-25",), "2026-04-02 08:00",
        "Bestätigung Termine",
        "Hallo,\n\nhiermit bestätige ich, dass die Videotermine am 25.3. und am 1.4."
        " stattgefunden haben.\n\nViele Grüße\nAylin Demir",
        client="gmail", staff=True,
        note="01.04. is cancelled in our records: only 25.03. recorded, staff looks")  # fmt: skip


def look_alikes() -> None:
    no("bw32_krueger_krank.eml", 1, ("cancellation",), "2026-02-09 18:20",
       "AW: Erinnerung: Ihr Termin am 10.02.2026",
       "Hallo,\n\nich bin leider krank und kann morgen nicht. Bitte absagen.\n\nGruß Sabine Krüger",
       client="webde", reply="rem-1005", style="webde",
       note="cancels tomorrow's session, answering the reminder")  # fmt: skip
    no("bw33_demir_link_danke.eml", 3, ("other",), "2026-04-12 09:10",
       "Re: Ihr Videotermin am 15.04.2026",
       "Danke für den Link, bis Mittwoch!\n\nAylin",
       client="gmail", reply="vl-1025", style="gmail", staff=False,
       note="a thank-you for the video link before the session")  # fmt: skip
    no("bw34_zimmermann_keiner_angerufen.eml", 15, ("other",), "2026-10-19 13:10", re(1095),
       "Hallo,\n\nheute hat keiner angerufen. Ich hab ab 11 Uhr am Telefon gewartet, bis"
       " halb zwölf. Was ist da los?\n\nK. Zimmermann",
       reply="cr-1095", style="outlook_classic",
       note="the session of 19.10. did not take place")  # fmt: skip
    no("bw35_popescu_andere_zeit.eml", 7, ("reschedule",), "2026-06-15 12:30",
       "Re: Erinnerung: Ihr Termin am 16.06.2026",
       "Hallo,\nmorgen ich kann nicht um 11 Uhr, ich habe Arbeit. Geht es auch um 14 Uhr?\n"
       "Danke\nElena Popescu",
       client="yahoo", reply="rem-1048", style="yahoo")  # fmt: skip
    no("bw36_brandt_urlaub.eml", 10, ("other",), "2026-08-10 09:00", re(1068),
       "Hallo,\n\nder Termin am 7.8. ist leider ausgefallen, ich hatte im Urlaub kein"
       " Internet. Bitte nicht abrechnen, ich melde mich wegen eines Ersatztermins.\n\nLukas Brandt",
       client="thunderbird", reply="cr-1068", style="thunderbird",
       note="says the 07.08. session did not take place")  # fmt: skip
    no("bw37_carter_next_monday.eml", 11, ("question",), "2026-09-04 17:20",
       "Session on Monday",
       "Hi,\n\nis my session on Monday 7 September at 12 still on? I might be on a train"
       " then - could we do it by phone instead of video?\n\nThanks,\nEmily",
       client="gmail", note="a question about a coming session")  # fmt: skip
    no("bw38_jansen_morgen_ok.eml", 17, ("other",), "2026-11-18 10:30",
       "Re: Erinnerung: Ihr Termin am 19.11.2026",
       "passt, bin morgen um 10 dabei 👍",
       client="gmail", reply="rem-1108", style="gmail", staff=False,
       note="an ok to the reminder for tomorrow, nothing took place yet")  # fmt: skip
    no("bw39_berger_arzt.eml", 24, ("cancellation", "reschedule"), "2026-06-02 09:45",
       "AW: Erinnerung: Ihr Termin am 03.06.2026",
       "Guten Tag,\n\nich kann morgen leider nicht, ich habe einen Arzttermin bekommen."
       " Können wir nächste Woche einen anderen Tag nehmen?\n\nFreundliche Grüße\nUrsula Berger",
       reply="rem-1146", style="thunderbird")  # fmt: skip
    no("bw40_becker_nicht_erreicht.eml", 2, ("reschedule",), "2026-03-02 19:40", re(1018),
       "Hallo,\n\nheute hat das mit dem Anruf nicht geklappt, ich saß noch im Meeting und"
       " hab danach zurückgerufen, aber keinen mehr erreicht. Können wir den Termin"
       " nachholen?\n\nGruß Thomas Becker",
       client="webde", reply="cr-1018", style="webde",
       note="the session of 02.03. did not take place")  # fmt: skip
    no("bw41_lehmann_abgebrochen.eml", 14, ("question",), "2026-10-13 15:20", re(1092),
       "Liebes Praxisteam,\n\nheute musste ich nach zehn Minuten abbrechen, weil ich kurzfristig"
       " in eine Besprechung musste. Zählt das trotzdem als Termin? Wie machen wir das"
       " jetzt?\n\nViele Grüße\nAnna Lehmann",
       client="thunderbird", reply="cr-1092", style="thunderbird",
       note="the session of 13.10. was broken off after ten minutes")  # fmt: skip


def main() -> None:
    load_practice()
    private_patients()
    statutory_patients()
    look_alikes()
    assert all(key in mc.OUTBOX for key in ("cr-1003", "rem-1005", "vl-1025", "rem-1146"))
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
