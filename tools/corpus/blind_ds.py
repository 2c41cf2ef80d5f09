"""Write blind set DS: a plain, representative inbox of the whole year, nothing themed.

Every patient of the practice answers as they would: mostly short replies under our
request from phones and webmail (with and without the day), some new mails naming the
day in subject or text, several days at once, a few late ones, a few with a question,
a technical remark or a session that did not happen beside the yes; 31 confirmations
and 10 look-alikes (a cancellation, two reschedule wishes, a question about a coming
session, a missed call, a session cancelled by phone, a "bin dabei" and an "ich bestätige
den Termin morgen" under the reminder, a video code that fails, "muss ich das jedes Mal
bestätigen?" under our request). 41 mails.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ds`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_ds")


def winter() -> None:
    """January to March: Krüger, Becker, Wolff, Wagner, Aydın, Demir, Koch."""
    yes("ds01_krueger_ja_webde.eml", 1, (1003,), (), "2026-01-27 12:05", re(1003),
        "Ja, hat stattgefunden.\n\nGruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026, no day")  # fmt: skip
    yes("ds02_wolff_formal_tonline.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:30", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische"
        " Behandlung am Freitag, den 16. Januar 2026 stattgefunden hat.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("ds03_becker_2_2_gmail.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:40", re(1010),
        "Hallo,\n\nbestätige den Termin vom 2.2., Telefonat hat gut geklappt.\n\nVG\nThomas Becker",
        client="gmail", reply="cr-1010", style="gmail")  # fmt: skip
    yes("ds04_becker_ja_iphone.eml", 2, (1013,), (), "2026-02-13 07:12", re(1013),
        "Ja\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1013", style="iphone",
        note="one word under our request for 12.02.2026, the next morning")  # fmt: skip
    yes("ds05_wagner_9_2_webde.eml", 21, (1128,), ("2026-02-09",), "2026-02-11 07:50", re(1128),
        "Hallo,\nja, die Videobehandlung vom 9.2. fand statt.\nLG Sophie Wagner",
        client="webde", reply="cr-1128", style="webde")  # fmt: skip
    no("ds06_wagner_absage_morgen.eml", 21, ("cancellation",), "2026-02-15 10:00", rem(1129),
       "Guten Morgen,\n\nich muss den Termin morgen leider absagen, hab mir eine Grippe"
       " eingefangen und liege flach. Melde mich wenn ich wieder fit bin.\n\nSophie Wagner",
       client="webde", reply="rem-1129", style="webde",
       note="cancels 16.02. under the reminder")  # fmt: skip
    yes("ds07_krueger_vier_tage_nachgereicht.eml", 1, (1004, 1005, 1006, 1007),
        ("2026-02-03", "2026-02-10", "2026-02-17", "2026-02-24"), "2026-02-24 13:00", re(1007),
        "Guten Tag,\n\nheute (24.2.) hat stattgefunden. Und mir ist aufgefallen, dass ich die"
        " letzten drei Male gar nicht geantwortet habe – am 3.2., 10.2. und 17.2. war ich"
        " natürlich auch jedes Mal dabei. Sorry!\n\nSabine Krüger",
        client="webde", reply="cr-1007", style="webde",
        note="today plus three earlier Tuesdays she forgot to confirm")  # fmt: skip
    yes("ds08_wolff_nachtrag_drei_termine.eml", 4, (1029, 1030, 1031),
        ("2026-01-23", "2026-01-30", "2026-02-06"), "2026-02-25 10:00",
        "Bestätigung Behandlungen",
        "Sehr geehrte Damen und Herren,\n\nbeim Aufräumen meines Postfachs habe ich bemerkt,"
        " dass ich einige Ihrer Anfragen nicht beantwortet habe. Die Telefonbehandlungen am"
        " 23.01., 30.01. und 06.02.2026 haben selbstverständlich stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff\nTel. 0351 8812 447",
        client="tonline",
        note="a late new mail for three Fridays; phone number in the signature")  # fmt: skip
    yes("ds09_aydin_eins_ja_eins_nein.eml", 22, (1132,), ("2026-03-05",), "2026-03-13 09:00",
        re(1133),
        "Hallo\n\nam 5.3. war die behandlung ja. aber gestern hat mich keiner angerufen, hab"
        " extra mittagspause genommen. was ist da passiert?\n\nMehmet Aydin",
        client="outlook", reply="cr-1133", style="outlook", staff=True, extra=("question",),
        note="05.03. confirmed; 12.03. (the requested day) did not take place, he asks why")  # fmt: skip
    yes("ds10_demir_4_3_gmail.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:15", re(1019),
        "Hallo, ja die Behandlung am 04.03. hat stattgefunden.\nLG Aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("ds11_koch_am_montag.eml", 18, (1109,), ("2026-03-23",), "2026-03-24 09:00", re(1109),
        "Hallo,\ndie Behandlung am Montag hat stattgefunden.\nGruß Renate Koch",
        client="tonline", reply="cr-1109", style="tonline",
        note="'am Montag' written on Tuesday 24.03.: Monday 23.03.")  # fmt: skip
    yes("ds12_demir_neue_mail_zwei_tage.eml", 3, (1021, 1022), ("2026-03-18", "2026-03-25"),
        "2026-03-26 20:00", "Bestätigung 18.03. und 25.03.",
        "Hallo liebes Praxisteam,\n\nich bestätige euch die beiden Videotermine vom 18.03. und"
        " vom 25.03., beide haben stattgefunden.\n\nViele Grüße\nAylin Demir",
        client="gmail", note="a new mail, both days in subject and text")  # fmt: skip
    no("ds13_koch_jedes_mal_bestaetigen.eml", 18, ("question",), "2026-03-30 18:00", re(1111),
       "Muss ich das wirklich nach jedem Termin bestätigen? Ich bin 74 und mit dem Computer"
       " nicht so fix. Geht das nicht auch am Telefon?\n\nRenate Koch",
       client="tonline", reply="cr-1111", style="tonline",
       note="a question under our request for 30.03.; she does not say it took place")  # fmt: skip


def spring() -> None:
    """April to June: O'Neill, Schulz, Hoffmann, Berger, Popescu, Richter."""
    yes("ds14_oneill_the_21st.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 08:00", re(1137),
        "Hi,\n\nthe call on the 21st took place as planned.\n\nBest,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("ds15_schulz_jup_samsung.eml", 5, (1034,), (), "2026-04-16 18:02", re(1034),
        "jup war alles gut 👍\n\n\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1034", style="samsung")  # fmt: skip
    yes("ds16_berger_berlinerisch.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 11:00", re(1143),
        "Jo, dit hat am 13.5. stattjefunden, allet jut.\nJruß\nUschi Berger",
        client="plain", reply="cr-1143", style="thunderbird",
        note="Berlin dialect")  # fmt: skip
    yes("ds17_hoffmann_beide_am_18_5.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:10",
        re(1043),
        "Hallo,\n\nbeide Termine am 18.05. (morgens KG am Gerät, mittags MT) haben"
        " stattgefunden.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on one day, both confirmed")  # fmt: skip
    yes("ds18_schulz_ja_und_frage.eml", 5, (1038,), ("2026-05-21",), "2026-05-21 17:40", re(1038),
        "Hallo, ja am 21.5. hat stattgefunden.\nKurze Frage noch: ist nächste Woche wieder um"
        " halb vier? Ich hab evtl. einen Arzttermin um 15 Uhr.\nMarie",
        client="gmail", reply="cr-1038", style="gmail", staff=True, extra=("question",),
        note="a yes plus a question about the next session")  # fmt: skip
    yes("ds19_popescu_lernerdeutsch.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:20",
        re(1046),
        "Guten Tag,\n\nich bestätige das Termin am 2 Juni war. Vielen dank für die Hilfe mit die"
        " Schulter.\n\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    no("ds20_berger_bin_dabei.eml", 24, ("other",), "2026-06-02 10:15", rem(1146),
       "Danke für die Erinnerung, ich bin morgen um 9 am Telefon.\nU. Berger",
       client="plain", reply="rem-1146", style="thunderbird", staff=False,
       note="an acknowledgment of tomorrow's call under the reminder; nothing to do")  # fmt: skip
    yes("ds21_richter_iphone_daumen.eml", 8, (1051,), (), "2026-06-03 20:30", re(1051),
        "Hat stattgefunden, danke!\n\nGesendet von iPhone",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    no("ds22_popescu_telefonisch_abgesagt.eml", 7, ("cancellation",), "2026-06-23 13:10",
       re(1049),
       "hallo, heute war kein termin bei mir. Ich habe am Freitag angerufen und abgesagt weil"
       " ich arbeiten muss, die Frau am Telefon hat gesagt ist ok. Bitte nicht abrechnen.\n"
       "Elena",
       client="yahoo", reply="cr-1049", style="yahoo",
       note="23.06. did not take place, cancelled by phone")  # fmt: skip
    no("ds23_richter_code_ungueltig.eml", 8, ("technical",), "2026-06-29 09:00", vl(1055),
       "Hi, ich hab den Code schon mal ausprobiert, da kommt nur 'Zugangscode ungültig'. Liegt"
       " das daran dass der Termin erst Mittwoch ist? Jonas",
       client="iphone", reply="vl-1055", style="iphone",
       note="a question about the video code before the session")  # fmt: skip
    yes("ds24_richter_spaet_drei_tage.eml", 8, (1052, 1053, 1054),
        ("2026-06-10", "2026-06-17", "2026-06-24"), "2026-06-30 22:10", re(1054),
        "Sorry für die späte Rückmeldung, war viel los. 10.6., 17.6. und 24.6. haben alle"
        " stattgefunden.\n\nJonas",
        client="apple", reply="cr-1054", style="iphone")  # fmt: skip


def summer() -> None:
    """July to September: Neumann, Brandt, Carter, Yıldız, Vogel."""
    yes("ds25_neumann_dienstag.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:30", re(1056),
        "Guten Tag,\n\ndie Behandlung am Dienstag, dem 7.7., hat stattgefunden. Die Übungen"
        " mache ich jeden Morgen.\n\nHerzliche Grüße\nGisela Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("ds26_brandt_bottom.eml", 10, (1063,), (), "2026-07-03 18:30", re(1063),
        "Ja, fand statt.\n\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("ds27_neumann_zwei_tage.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-16 15:00", re(1059),
        "Guten Tag,\n\nam 14. und am 16. Juli waren die Telefontermine, beide haben gut"
        " geklappt.\n\nHerzliche Grüße\nGisela Neumann",
        client="thunderbird", reply="cr-1059", style="thunderbird")  # fmt: skip
    yes("ds28_brandt_bild_eingefroren.eml", 10, (1065,), ("2026-07-17",), "2026-07-17 19:00",
        re(1065),
        "Hallo,\n\nder Termin am 17.07. hat stattgefunden. Allerdings ist das Bild die ersten"
        " Minuten ständig eingefroren, wir haben dann am Handy weitergemacht. Könnt ihr mal"
        " schauen, ob das an meinem Browser liegt (Firefox)?\n\nGruß Lukas Brandt",
        client="thunderbird", reply="cr-1065", style="thunderbird", staff=True,
        extra=("technical",), note="took place; a video problem he wants looked at")  # fmt: skip
    yes("ds29_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:05", re(1069),
        "Hi there,\n\nYes, confirming that my session on August 3rd took place.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("ds30_yildiz_kurz.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:00", re(1075),
        "Hallo ja Termin am 5.8 war, danke schön\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    no("ds31_carter_verschieben_english.eml", 11, ("reschedule",), "2026-08-25 09:30",
       "Session on Aug 31",
       "Hello,\n\nI'll be travelling next week – could we move the session on Monday Aug 31"
       " to Tuesday Sept 1, same time? Let me know.\n\nThanks,\nEmily Carter",
       client="gmail", note="a reschedule wish for 31.08.")  # fmt: skip
    yes("ds32_vogel_formell_outlook.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:10",
        re(1082),
        "Sehr geehrtes Praxisteam,\n\nich bestätige die Behandlung vom 10.09.2026.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\n"
        "Königsallee 14, 40212 Düsseldorf\nTel. 0211 4455 120 | Fax 0211 4455 129",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip


def autumn() -> None:
    """October and November: Zimmermann, Vogel, Lehmann, Schäfer, Jansen, Nowak, Hartmann."""
    yes("ds33_zimmermann_neue_mail.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 16:00",
        "Behandlung 5.10.",
        "Guten Tag,\n\nhiermit bestätige ich, dass die telefonische Krankengymnastik am"
        " 05.10.2026 stattgefunden hat.\n\nKlaus Zimmermann",
        client="plain", note="a new mail, the day in subject and text")  # fmt: skip
    no("ds34_vogel_termin_morgen.eml", 13, ("other",), "2026-10-07 07:40", rem(1086),
       "Ich bestätige den Termin morgen um 7:00 Uhr.\n\nDr. M. Vogel",
       client="outlook", reply="rem-1086", style="outlook_classic", staff=False,
       note="confirms he will attend tomorrow's session, under the reminder: nothing took place yet")  # fmt: skip
    no("ds35_lehmann_verschieben.eml", 14, ("reschedule",), "2026-10-12 13:40", rem(1092),
       "hallo, könnten wir morgen auf mittwoch verschieben, gleiche uhrzeit? hab da spontan"
       " eine prüfung reinbekommen. lg anna",
       client="gmail", reply="rem-1092", style="gmail",
       note="wants to move 13.10.")  # fmt: skip
    no("ds36_zimmermann_nicht_angerufen.eml", 15, ("other",), "2026-10-19 13:05", re(1095),
       "Guten Tag,\n\nheute hat mich niemand angerufen. Ich habe den ganzen Vormittag neben"
       " dem Telefon gesessen. Bitte melden Sie sich.\n\nKlaus Zimmermann",
       client="plain", reply="cr-1095", style="thunderbird",
       note="19.10. did not take place")  # fmt: skip
    yes("ds37_schaefer_zweite_adresse.eml", 16, (1100,), ("2026-10-21",), "2026-10-22 08:15",
        re(1100),
        "Guten Morgen,\n\nja, der Termin am 21.10. hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nBirgit Schäfer\n\nSchäfer Steuerberatung\n"
        "Holtenauer Str. 88, 24105 Kiel\nFon 0431 556 770",
        client="outlook", reply="cr-1100", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second, registered office address")  # fmt: skip
    yes("ds38_jansen_heute.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:00", re(1104),
        "Moin,\n\nTermin heute hat stattgefunden. Hat Spaß gemacht!\n\nGruß Ole",
        client="gmail", reply="cr-1104", style="gmail",
        note="'heute' is 22.10.")  # fmt: skip
    yes("ds39_hartmann_lief_super.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 19:10",
        re(1121),
        "Hallo zusammen,\n\nja die Sitzung am 10.11. hat stattgefunden, lief super.\n\n"
        "Viele Grüße\nLeonie",
        client="webde", reply="cr-1121", style="webde")  # fmt: skip
    yes("ds40_nowak_knapp.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 10:20", re(1117),
        "Bestätige 13.11., danke.\nD. Nowak",
        client="thunderbird", reply="cr-1117", style="thunderbird")  # fmt: skip
    no("ds41_hartmann_frage_vorbereitung.eml", 20, ("question",), "2026-11-14 16:30", vl(1122),
       "Hallo,\n\nmuss ich für die Sitzung am Dienstag irgendwas vorbereiten? Brauche ich eine"
       " Matte oder reicht der Teppich?\n\nLeonie",
       client="webde", reply="vl-1122", style="webde",
       note="a question about the coming session of 17.11.")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
