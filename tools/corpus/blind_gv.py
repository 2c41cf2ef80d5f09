"""Write blind set GV: a plain inbox of the weeks around Christmas and New Year, 41 mails.

Most are short replies under our request, many of them late because of the holidays
(answers in December and early January 2027 to requests from the summer and autumn,
"letztes Jahr", "zwischen den Jahren", "am 30."), some new mails naming the days, a few
several days at once, season's greetings beside the yes; a handful from the first weeks
of January 2026 (the practice's first sessions of that year). Ten look-alikes: a
cancellation over the holidays, a reschedule out of the days between the years, a
question about the first session in January, a thank-you under a reminder, a missed
session, a session the patient is unsure of, a Christmas thank-you, two year-end
questions (open confirmations, an invoice) and a request to resume in January.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gv`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_gv")


def december_replies() -> None:
    """Replies under our request, most of them weeks late, in Advent and at Christmas."""
    yes("gv01_hartmann_vorweihnachtstrubel.eml", 20, (1123,), ("2026-11-24",), "2026-12-21 20:14",
        re(1123, "Aw"),
        "Hallo liebes Praxisteam,\n\nsorry, das ist im Vorweihnachtstrubel total untergegangen."
        " Ja, der Termin am 24.11. hat stattgefunden.\n\nFrohe Weihnachten und erholsame"
        " Feiertage!\nLeonie Hartmann",
        client="webde", reply="cr-1123", style="webde",
        note="late yes under our request for 24.11., with Christmas wishes")  # fmt: skip
    yes("gv02_nowak_gleich_bestaetigt.eml", 19, (1119,), ("2026-11-27",), "2026-11-27 09:41",
        re(1119, "Re"),
        "Bestätige den 27.11., hat gut geklappt.\n\nGruß D. Nowak\n\nMit Proton Mail für iOS gesendet",
        reply="cr-1119", style="iphone",
        note="the same morning, the last session of the year")  # fmt: skip
    yes("gv03_jansen_ja_spaet.eml", 17, (1108,), (), "2026-12-03 08:55", re(1108, "Re"),
        "Moin,\n\nja, hat stattgefunden. Sorry für die späte Rückmeldung.\n\nOle",
        client="thunderbird", reply="cr-1108", style="thunderbird",
        note="a yes under our request for 19.11. naming no day")  # fmt: skip
    yes("gv04_schaefer_buero.eml", 16, (1103,), ("2026-11-11",), "2026-12-23 11:20",
        re(1103, "AW"),
        "Hallo zusammen,\n\nich bestätige die Behandlung vom 11.11.2026, die hat wie geplant per"
        " Video stattgefunden.\n\nIch wünsche Ihnen frohe Festtage und einen guten Start ins neue"
        " Jahr!\n\nMit freundlichen Grüßen\nBirgit Schäfer\n\nSchäfer Steuerberatung\n"
        "Lindenstraße 12 · 10969 Berlin\nTel. 030 6112 4470",
        client="outlook", reply="cr-1103", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address (office), signature with phone number")  # fmt: skip
    yes("gv05_schaefer_nikolaus.eml", 16, (1102,), ("2026-11-04",), "2026-12-06 17:48",
        re(1102, "Aw"),
        "Ja, am 4.11. war die Stunde, alles gut.\nSchönen Nikolaus noch!\nB. Schäfer",
        reply="cr-1102", style="webde", bottom=True,
        note="bottom-posted under the GMX quote")  # fmt: skip
    yes("gv06_zimmermann_26_auch.eml", 15, (1095,), ("2026-10-19",), "2026-12-29 18:30",
        re(1095, "AW"),
        "Hallo,\ndie vom 19.10. hat stattgefunden. Und die Woche drauf, 26.10., war doch auch"
        " noch, oder? Die können Sie dann gleich mit abhaken.\nGruß K. Zimmermann",
        client="thunderbird", reply="cr-1095", style="thunderbird", staff=True,
        note="19.10. confirmed; he thinks 26.10. took place too, but it was cancelled: staff")  # fmt: skip
    yes("gv07_nowak_bin_spaet_dran.eml", 19, (1118,), ("2026-11-20",), "2026-12-30 13:02",
        re(1118, "Re"),
        "Hallo, sorry, bin spät dran – 20.11. hat stattgefunden. Guten Rutsch!\nDavid Nowak",
        reply="cr-1118", style="thunderbird")  # fmt: skip
    yes("gv08_carter_before_holidays.eml", 11, (1074,), ("2026-09-07",), "2026-12-19 15:26",
        re(1074, "Re"),
        "Hi,\n\ngoing through my inbox before the holidays and realised I never replied to this"
        " one - sorry! Yes, the session on 7 September did take place.\n\nMerry Christmas to the"
        " whole team!\nEmily",
        client="gmail", reply="cr-1074", style="gmail_en",
        note="English, three months late")  # fmt: skip
    yes("gv09_carter_iphone.eml", 11, (1073,), ("2026-08-31",), "2026-12-27 11:03",
        re(1073, "Re"),
        "Confirmed - Aug 31st happened. Happy holidays!\n\nSent from my iPhone",
        client="iphone", reply="cr-1073", style="iphone")  # fmt: skip
    yes("gv10_yildiz_spaet.eml", 12, (1080,), ("2026-09-09",), "2026-12-18 10:47",
        re(1080, "Aw"),
        "Hallo\nich bestätige termin 9.9 war telefon gut gemacht. Entschuldigung ist spät\n"
        "Schöne Feiertag\nFatma Yildiz",
        client="webde", reply="cr-1080", style="webde",
        note="learner's German, day without year and dot")  # fmt: skip
    yes("gv11_vogel_bestaetigt.eml", 13, (1084,), (), "2026-12-22 06:58", re(1084, "AW"),
        "Bestätigt.\nMV\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1084", style="iphone",
        note="one word under our request for 24.09.")  # fmt: skip
    yes("gv12_brandt_noch_offen.eml", 10, (1068,), ("2026-08-07",), "2026-12-23 22:10",
        re(1068, "Re"),
        "Hallo,\n\nsehe gerade, dass das noch offen ist: der 7.8. hat stattgefunden.\n\n"
        "Schöne Feiertage\nLukas Brandt",
        client="thunderbird", reply="cr-1068", style="thunderbird", bottom=True)  # fmt: skip
    yes("gv13_richter_heiligabend.eml", 8, (1055,), ("2026-07-01",), "2026-12-24 09:15",
        re(1055, "Re"),
        "Jo, 1.7. hat stattgefunden 👍 Frohes Fest!",
        client="iphone", reply="cr-1055", style="iphone",
        note="on Christmas Eve, answering a request from July")  # fmt: skip
    yes("gv14_popescu_am_30.eml", 7, (1050,), ("2026-06-30",), "2026-12-27 20:31",
        re(1050, "Re"),
        "Buna ziua,\nja, am 30. war die Therapie mit Video, alles gut. Entschuldigung das ich so"
        " spät schreibe.\nFrohe Weihnachten und alles gute für neue Jahr!\nElena Popescu",
        client="yahoo", reply="cr-1050", style="yahoo",
        note="'am 30.' under our request for 30.06.")  # fmt: skip
    yes("gv15_hoffmann_beide_18.eml", 6, (1042, 1043), ("2026-05-18",), "2026-12-21 08:02",
        re(1043, "AW"),
        "Guten Morgen,\n\nbeide Termine am 18.05. haben stattgefunden – morgens das"
        " Gerätetraining und mittags die Manuelle Therapie.\n\nSchöne Weihnachten\n"
        "Peter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on the same day, both named")  # fmt: skip
    yes("gv16_koch_rezept_neues_jahr.eml", 18, (1114,), ("2026-04-13",), "2026-12-17 09:34",
        re(1114, "AW"),
        "Guten Morgen,\n\nder Termin am 13.4. hat stattgefunden, das hatte ich ganz vergessen"
        " zu bestätigen.\n\nNoch eine Frage: Wenn es im neuen Jahr weitergehen soll, brauche ich"
        " dann ein neues Rezept von meinem Hausarzt?\n\nFreundliche Grüße\nRenate Koch",
        client="tonline", reply="cr-1114", style="tonline", staff=True, extra=("question",),
        note="yes plus a question about a new prescription")  # fmt: skip
    yes("gv17_oneill_seasons_greetings.eml", 23, (1140, 1141), ("2026-05-12", "2026-05-19"),
        "2026-12-16 21:05", re(1141, "RE"),
        "Hello,\n\nApologies for the late reply - both sessions, on 12 May and 19 May, took"
        " place as planned (by phone).\n\nSeason's greetings,\nJames O'Neill",
        client="outlook", reply="cr-1141", style="outlook_en")  # fmt: skip
    yes("gv18_berger_silvester.eml", 24, (1147,), ("2026-06-10",), "2026-12-31 10:14",
        re(1147, "AW"),
        "Ja die Behandlung am 10.6 hat statt gefunden. Guten Rutsch ins neue Jahr\nU. Berger\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1147", style="samsung",
        note="on New Year's Eve")  # fmt: skip


def new_mails() -> None:
    """New mails naming the days, some several at once, at the year's end or after it."""
    yes("gv19_zimmermann_zwischen_den_jahren.eml", 15, (1097,), ("2026-11-02",),
        "2026-12-28 10:05", "Bestätigung Behandlung 2. November",
        "Guten Tag,\n\nzwischen den Jahren komme ich endlich dazu, meine Post aufzuarbeiten."
        " Die Behandlung am Montag, den 2. November, hat stattgefunden (am Telefon, wie"
        " immer).\n\nGuten Rutsch und bis bald\nKlaus Zimmermann")  # fmt: skip
    yes("gv20_jansen_zwei_termine.eml", 17, (1106, 1107), ("2026-11-05", "2026-11-12"),
        "2026-12-22 21:37", "Termine 5. + 12.11.",
        "Hallo,\n\nhab grad gesehen, dass noch zwei Bestätigungen offen sind. 5.11. und 12.11."
        " haben beide stattgefunden (Video, Gerätetraining).\n\nFrohe Weihnachten & guten"
        " Rutsch!\nOle Jansen",
        client="gmail")  # fmt: skip
    yes("gv21_hartmann_erste_beiden.eml", 20, (1120, 1121), ("2026-11-03", "2026-11-10"),
        "2026-12-14 19:05", "Bestätigung",
        "Hallo,\nich wollte noch die ersten beiden Termine bestätigen, 3.11 und 10.11, die haben"
        " beide stattgefunden.\nLG Leonie",
        client="webde")  # fmt: skip
    yes("gv22_yildiz_noch_zwei.eml", 12, (1078, 1079), ("2026-08-26", "2026-09-02"),
        "2026-12-18 10:52", "termine bestatigen",
        "Hallo nochmal\nauch 26.8 und 2.9 bitte, beide haben stattgefunden am telefon\nDanke\n"
        "Fatma",
        client="webde", note="five minutes after her yes for 9.9, two more days")  # fmt: skip
    yes("gv23_vogel_jahresabschluss.eml", 13, (1085, 1086), ("2026-10-01", "2026-10-08"),
        "2026-12-29 16:15", "Bestätigung Behandlungen Oktober 2026",
        "Sehr geehrte Damen und Herren,\n\nim Zuge meines Jahresabschlusses ist mir aufgefallen,"
        " dass zwei Bestätigungen noch ausstehen. Hiermit bestätige ich die Behandlungen"
        " (Manuelle Therapie per Video) vom 01.10.2026 und vom 08.10.2026.\n\nIch wünsche Ihnen"
        " einen guten Jahreswechsel.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n\n"
        "Vogel & Partner Rechtsanwälte\nTel. +49 30 8890 1200",
        client="outlook")  # fmt: skip
    yes("gv24_neumann_gesegnetes_fest.eml", 9, (1060, 1061, 1062),
        ("2026-07-21", "2026-07-23", "2026-07-28"), "2026-12-20 16:40",
        "Weihnachtsgrüße und Termine",
        "Liebe Praxis Impulse,\n\nich wünsche Ihnen allen ein gesegnetes Weihnachtsfest und"
        " Gesundheit im neuen Jahr. Meine Tochter sagt, ich soll noch die Termine vom Juli"
        " bestätigen, die hätte ich vergessen. Also: am 21. Juli, am 23. Juli und am 28. Juli"
        " hat die Krankengymnastik am Telefon stattgefunden. Das Knie ist seitdem viel"
        " besser.\n\nHerzliche Grüße\nIhre Gisela Neumann")  # fmt: skip
    yes("gv25_lehmann_letztes_jahr.eml", 14, (1091, 1092), ("2026-10-06", "2026-10-13"),
        "2027-01-05 09:12", "Nachtrag: Bestätigung Oktober",
        "Liebes Team der Praxis Impulse,\n\nein frohes neues Jahr! Beim Aufräumen meines"
        " Postfachs habe ich gesehen, dass ich zwei Termine aus dem letzten Jahr nie bestätigt"
        " habe: den 6.10. und den 13.10. Beide haben per Video stattgefunden.\n\nEntschuldigung"
        " für die Verspätung und viele Grüße\nAnna Lehmann",
        client="thunderbird", note="January 2027: 6.10. and 13.10. of last year")  # fmt: skip
    yes("gv26_nowak_november_letzten_jahres.eml", 19, (1116, 1117),
        ("2026-11-06", "2026-11-13"), "2027-01-04 07:50", "Bestätigung November",
        "Guten Morgen,\n\nfür Ihre Abrechnung: die Termine am 6. und 13. November letzten Jahres"
        " haben stattgefunden, jeweils morgens per Video.\n\nViele Grüße und ein gesundes 2027\n"
        "David Nowak")  # fmt: skip
    yes("gv27_aydin_maerz.eml", 22, (1134, 1135), ("2026-03-19", "2026-03-26"),
        "2027-01-07 12:45", "Bestätigung",
        "Hallo\nSorry sehr spät, hab vergessen. 19.3 und 26.3 letztes jahr hatten wir telefon"
        " termin, beide stattgefunden.\nGesundes neues Jahr\nMehmet Aydin",
        client="outlook", note="January 2027, March of last year")  # fmt: skip


def january_2026() -> None:
    """The first sessions of January 2026, and the day before Christmas that matches nothing."""
    yes("gv28_wolff_gutes_neues.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:12",
        re(1028, "AW"),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung vom"
        " 16.01.2026.\n\nIhnen allen noch ein gutes neues Jahr!\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("gv29_wolff_vor_weihnachten.eml", 4, (1029,), ("2026-01-23", "2025-12-19"),
        "2026-01-23 17:30", re(1029, "AW"),
        "Guten Tag,\nder Termin heute, 23.1., hat stattgefunden. Mir fällt dabei ein: die Stunde"
        " vor Weihnachten, am 19.12., hatte ich nie bestätigt. Die hat auch stattgefunden,"
        " bitte noch nachtragen.\nMfG Wolff",
        client="tonline", reply="cr-1029", style="tonline", staff=True,
        note="23.1. confirmed; 19.12. last year matches no appointment of his: staff")  # fmt: skip
    yes("gv30_wagner_erster_termin.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 11:20",
        re(1124, "Re"),
        "Hallo,\nja, heute früh (12.1.) hat alles geklappt, auch mit dem Video. Danke!\n"
        "Sophie Wagner",
        reply="cr-1124", style="webde")  # fmt: skip
    yes("gv31_wagner_26_gleich_mit.eml", 21, (1125,), ("2026-01-19",), "2026-01-20 08:40",
        re(1125, "Re"),
        "Guten Morgen, 19.1. hat stattgefunden. Den 26. kann ich Ihnen gleich mit bestätigen,"
        " da bin ich auf jeden Fall dabei :)\nSophie",
        reply="cr-1125", style="webde", bottom=True, staff=True,
        note="19.1. confirmed; 26.1. is still ahead and cannot be confirmed yet")  # fmt: skip


def look_alikes() -> None:
    """Mails of the season that read like confirmations and are not."""
    no("gv32_wagner_frage_januar.eml", 21, ("question",), "2026-01-02 18:22",
       "Erster Termin im Januar",
       "Hallo,\n\nich hoffe, Sie sind gut ins neue Jahr gekommen! Eine kurze Frage zu meinem"
       " ersten Termin am 12. Januar: Läuft der per Video einfach über den Browser, oder muss"
       " ich vorher eine App installieren? Und brauchen Sie die Verordnung bis dahin im"
       " Original?\n\nViele Grüße\nSophie Wagner",
       note="a question about the first session, still ahead")  # fmt: skip
    no("gv33_wagner_danke_erinnerung.eml", 21, ("other",), "2026-01-11 10:03",
       reminder_subject(1124, "Re"),
       "Danke für die Erinnerung, ich bin morgen dabei!",
       reply="rem-1124", style="webde", staff=False,
       note="a thank-you under the reminder, the session still ahead")  # fmt: skip
    no("gv34_nowak_feiertage_absage.eml", 19, ("cancellation",), "2026-12-02 19:10",
       "Termine über die Feiertage",
       "Hallo,\n\nich bin vom 18.12. bis 8.1. bei meiner Familie in Polen und kann in der Zeit"
       " keine Termine wahrnehmen. Bitte sagen Sie die Freitagstermine in dem Zeitraum ab; ab"
       " dem 15. Januar gern wieder wie gewohnt.\n\nDanke und Grüße\nDavid Nowak",
       client="thunderbird", note="cancels the sessions over the holidays")  # fmt: skip
    no("gv35_hartmann_verschieben.eml", 20, ("reschedule",), "2026-12-15 12:40",
       "Termin verschieben",
       "Hallo, könnten wir meinen Termin am 29.12. verschieben? Zwischen den Jahren bin ich bei"
       " meinen Eltern und hab da kein gutes Internet. Ginge vielleicht der 5. Januar, gleiche"
       " Uhrzeit?\nLG Leonie Hartmann",
       client="webde", note="move a session she believes is on 29.12.; both days ahead")  # fmt: skip
    no("gv36_hartmann_verpasst.eml", 20, ("other",), "2026-12-21 20:20", re(1122, "Aw"),
       "Hallo, den Termin am 17.11. hatte ich leider verpasst, ich hab den Link erst abends"
       " gesehen. Der hat also nicht stattgefunden, bitte nicht abrechnen. Sorry!\nLeonie",
       client="webde", reply="cr-1122", style="webde",
       note="missed session under our request: nothing to confirm")  # fmt: skip
    no("gv37_lehmann_weiss_nicht_mehr.eml", 14, ("other",), "2026-12-28 14:02", re(1090, "Re"),
       "Hallo,\n\nich räume gerade mein Postfach auf und finde diese Mail. Ehrlich gesagt weiß"
       " ich nicht mehr sicher, ob der Termin am 29.9. stattgefunden hat - war das der, bei dem"
       " die Verbindung ständig abgebrochen ist und wir dann aufgehört haben? Können Sie das"
       " bei sich nachsehen?\n\nViele Grüße\nAnna Lehmann",
       client="thunderbird", reply="cr-1090", style="thunderbird",
       note="unsure whether 29.9. took place, perhaps broken off: no confirmation")  # fmt: skip
    no("gv38_becker_weihnachtsdank.eml", 2, ("other",), "2026-12-23 18:45",
       "Frohe Weihnachten",
       "Liebes Team,\n\nzum Jahresende einfach mal ein Dankeschön: Die Behandlungen im Frühjahr"
       " haben mir wirklich geholfen, der Rücken hält seitdem. Ich wünsche Ihnen schöne"
       " Feiertage und einen guten Rutsch!\n\nThomas Becker",
       staff=False, note="a Christmas thank-you, no session named or confirmed")  # fmt: skip
    no("gv39_schulz_was_ist_offen.eml", 5, ("question",), "2026-12-30 11:27",
       "Offene Bestätigungen?",
       "Hallo,\n\nkönnen Sie mir sagen, welche Termine ich bei Ihnen noch bestätigen muss?"
       " Dann mache ich das alles auf einmal, bevor das Jahr rum ist.\n\nDanke und liebe"
       " Grüße\nMarie Schulz",
       client="apple", note="asks which sessions are still open; confirms none")  # fmt: skip
    no("gv40_richter_rechnung.eml", 8, ("question",), "2026-12-29 09:50",
       "Rechnung für Beihilfe/Steuer",
       "Hallo,\n\nfür meine Steuererklärung bräuchte ich noch eine Rechnung bzw. Aufstellung"
       " über die Behandlungen im Juni und Juli. Könnten Sie mir die als PDF schicken?\n\n"
       "Danke und frohe Restfeiertage\nJonas Richter",
       client="apple", note="year-end invoice request, the sessions only by month")  # fmt: skip
    no("gv41_oneill_resume_january.eml", 23, ("question",), "2027-01-02 12:15",
       "Resuming sessions in January?",
       "Hi there,\n\nHappy New Year! My shoulder has been playing up again over the holidays."
       " Would it be possible to resume the sessions in January? Tuesday evenings would still"
       " work best for me.\n\nBest wishes,\nJames",
       client="outlook", note="asks to book new sessions; nothing took place to confirm")  # fmt: skip


def main() -> None:
    load_practice()
    december_replies()
    new_mails()
    january_2026()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
