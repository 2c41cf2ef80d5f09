"""Write blind set AE: second thoughts and corrections (50 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ae`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
A hard set: patients who correct themselves inside one mail ("am 9.2., nein, Quatsch, am
10.2."; "nicht am 4. sondern am 5."), who send a second mail to correct or complete an
earlier one ("Nachtrag:", "sorry, falsches Datum"), who confirm one day and deny, doubt or
cancel another in the same mail, who answer several of our requests at once with "ja zu
allen außer ...", who write an "ob" sentence ("ob es der 7. oder der 9. war" beside "ob der
Termin am 26.5. überhaupt stattfand"), who quote their own earlier confirmation below a new
one, and elliptic follow-ups ("Der Donnerstag davor ebenfalls."). 35 mails confirm at least
one day; 15 look like confirmations and are not (a correction that leaves the day open, a
retraction, a day that fits no appointment, a doubt, a future day). Where a correction
leaves the day clear it is confirmed; where it leaves it unclear a person must look.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, yes
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_ae")


def re_en(aid: int) -> str:
    return f"Re: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
GMX_APP = "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet."
WEBDE_APP = (
    "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit WEB.DE Mail gesendet."
)
VOGEL_SIG = (
    "\n\nDr. med. dent. Michael Vogel\nVogel & Partner Zahnärzte\nLindenallee 12, 40474 Düsseldorf"
    "\nTel. 0211 455 81-0\n\nDiese E-Mail enthält vertrauliche und/oder rechtlich geschützte"
    " Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich"
    " erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."
)
SCHAEFER_SIG = (
    "\n\nMit freundlichen Grüßen\nBirgit Schäfer\nSteuerberaterin\n\nSchäfer Steuerberatung"
    "\nAm Markt 4 · 48143 Münster · Tel. 0251 98 76 54-0\nSteuernummer 337/5012/4411"
    "\nAmtsgericht Münster PR 1187\n\nDiese Nachricht ist ausschließlich für den Adressaten"
    " bestimmt. Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."
)


def own_quote(header: str, text: str) -> str:
    """The patient's own earlier mail, quoted by their mail program."""
    lines = "\n".join(f"> {line}" if line else ">" for line in text.splitlines())
    return f"{header}\n{lines}"


def corrections_inside_one_mail() -> None:
    yes("ae01_krueger_quatsch.eml", 1, (1005,), ("2026-02-10",), "2026-02-11 08:04", re(1005),
        "Guten Morgen,\n\nja, die Behandlung am 9.2. hat stattgefunden - nein, Quatsch, am 10.2."
        " natürlich, Montag hab ich ja nie. Also gestern, Dienstag. Hat alles gut geklappt.\n\n"
        "Viele Grüße\nSabine Krüger", client="gmail", reply="cr-1005", style="gmail",
        note="9.2. retracted in the same sentence; the day left is Tuesday 10.2.")  # fmt: skip
    yes("ae02_becker_vertippt.eml", 2, (1011,), ("2026-02-05",), "2026-02-06 07:41",
        "Bestätigung MT", "Hallo Praxis Impulse,\n\nhiermit bestätige ich die Manuelle Therapie"
        " am 04.02. - sorry, am 05.02. meine ich, am Mittwoch hatte ich gar keinen Termin."
        " Telefonat mit Frau Brandes, 30 Minuten, alles bestens.\n\nGruß\nThomas Becker",
        client="outlook", note="04.02. corrected to 05.02. at once")  # fmt: skip
    yes("ae03_demir_nicht_sondern.eml", 3, (1020,), ("2026-03-11",), "2026-03-12 21:37",
        re(1020), "hallo\nich bestätige die behandlung nicht am 12.3. sondern am 11.3. also"
        " mittwoch, weil im betreff steht es ja richtig, ich hatte erst heute im kopf\n"
        "aylin", client="gmail", reply="cr-1020", style="gmail")  # fmt: skip
    yes("ae04_wolff_caps_korrektur.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-01-26 10:15", "BESTAETIGUNG",
        "SEHR GEEHRTE DAMEN UND HERREN,\n\nICH BESTAETIGE DIE TELEFONBEHANDLUNGEN VOM 16.01."
        " UND VOM 22.01. - KORREKTUR: 23.01., ES WAR JA FREITAG WIE IMMER.\n\nMIT FREUNDLICHEN"
        " GRUESSEN\nHANS-JUERGEN WOLFF", client="tonline",
        note="22.01. corrected to 23.01. (Friday) in the same line")  # fmt: skip
    yes("ae05_schulz_april_mai.eml", 5, (1036,), ("2026-04-30",), "2026-05-01 09:12",
        "Re: Erinnerung: Ihr Termin am 30.04.2026", "Hallo,\n\ndie Stunde war gestern, am 1.5."
        " - ach nein, heute ist ja der 1. Mai, gestern war der 30. April. Also: Therapie am"
        " 30.4. hat stattgefunden, Marie war sehr zufrieden.\n\nViele Grüße\nKatrin Schulz"
        " (Mutter)", client="apple", reply="rem-1036", style="iphone",
        note="the mother corrects the day across the month end; 1.5. is the mail's own day,"
        " retracted")  # fmt: skip
    yes("ae06_hoffmann_zwei_am_18.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 20:05",
        "Termine heute", "Guten Abend,\n\nbeide Termine heute haben stattgefunden, morgens"
        " das Gerätetraining und mittags die MT. Mein Kalender sagt zwar 19.5., aber der ist"
        " falsch eingetragen, es war heute, Montag der 18.\n\nBeste Grüße\nPeter Hoffmann\n\n"
        "Gesendet von Outlook für Android", client="outlook",
        note="two sessions on 18.5.; 19.5. is named only as his calendar's mistake")  # fmt: skip
    yes("ae07_popescu_gestern_falsch.eml", 7, (1047,), ("2026-06-09",), "2026-06-10 13:20",
        "Bestatigung termin", "Guten Tag,\n\nich bestatige termin 9 Juni dienstag. Entschuldigung"
        " gestern ich schreibe falsch datum 8 Juni, richtig ist 9 Juni. Video war gut, danke an"
        " Frau Therapeutin.\n\nElena Popescu", client="yahoo",
        note="learner's German; 8 Juni is named only as yesterday's wrong date")  # fmt: skip
    yes("ae08_neumann_davor_ebenfalls.eml", 9, (1059, 1060), ("2026-07-16", "2026-07-21"),
        "2026-07-22 09:48", re(1060), "Sehr geehrte Damen und Herren,\n\ndie Behandlung gestern"
        " (21.7.) hat stattgefunden. Den Donnerstag davor ebenfalls.\n\nMit freundlichen"
        " Grüßen\nGisela Neumann", reply="cr-1060", style="thunderbird", client="thunderbird",
        note="elliptic: 'den Donnerstag davor' = Thursday 16.7.")  # fmt: skip
    yes("ae09_brandt_halt.eml", 10, (1063, 1064), ("2026-07-03", "2026-07-10"),
        "2026-07-13 19:02", "Bestätigung Juli", "Hallo zusammen,\n\nhiermit bestätige ich die"
        " Videotermine am 3.7. und 10.7. - halt, am 10. war doch der Ausfall? Nein, Quatsch,"
        " abgesagt hab ich den 17., der kommt ja erst noch. Also 3. und 10. bestätigt.\n\n"
        "Bitte den 17.7. streichen, falls das noch nicht passiert ist.\n\nLukas",
        client="thunderbird", staff=True, extra=("cancellation",),
        note="the doubt about the 10th is resolved in the mail; the 17th (still booked) is"
        " cancelled: staff")  # fmt: skip
    yes("ae10_carter_i_mean.eml", 11, (1071,), ("2026-08-17",), "2026-08-18 08:30",
        re_en(1071), "Hi,\n\nconfirming my session on the 10th - sorry, I mean the 17th,"
        " yesterday's. Long week.\n\nBest,\nEmily", client="gmail", reply="cr-1071",
        style="gmail_en", note="the 10th is a slip corrected at once")  # fmt: skip
    yes("ae11_yildiz_falsch.eml", 12, (1076,), ("2026-08-12",), "2026-08-13 11:05",
        "telefon behandlung", "sehr geehrte praxis\n\ntelefon behandlung war 12.08 mittwoch."
        " vorher ich habe geschrieben 13.08 das ist falsch entschuldigung, 13 ist heute\n\n"
        "fatma yildiz" + SAMSUNG, client="samsung",
        note="13.08 is the mail's own day, named as her earlier mistake")  # fmt: skip
    yes("ae12_koch_ueber_monatsende.eml", 18, (1109, 1110, 1112),
        ("2026-03-23", "2026-03-25", "2026-04-01"), "2026-04-02 10:30", "Behandlungen",
        "Sehr geehrte Damen und Herren,\n\nam Montag, 23. März und am Mittwoch, 25. März haben"
        " wir telefoniert. Dann am 30. März - nein, das war am 1. April, der Montag davor fiel"
        " ja aus, weil ich beim Hausarzt saß und nicht ans Telefon gehen konnte.\n\nMit"
        " freundlichen Grüßen\nRenate Koch", client="tonline", staff=True,
        note="30.3. corrected to 1.4.; the Monday 30.3. (1111, still booked) did not take"
        " place: staff")  # fmt: skip
    yes("ae13_nowak_ach_nein.eml", 19, (1118,), ("2026-11-20",), "2026-11-20 10:12", re(1118),
        "13.11. ja - ach nein, sorry, das war doch heute, der 20.! Am 13. war ich ja krank und"
        " hatte abgesagt.\n\nDavid", client="plain", reply="cr-1118", style="iphone",
        bottom=True, staff=True,
        note="13.11. corrected to 20.11.; 1117 (13.11.) still booked although he says he"
        " cancelled it: staff")  # fmt: skip
    yes("ae14_berger_caps_mittwoch.eml", 24, (1142, 1143), ("2026-05-06", "2026-05-13"),
        "2026-05-14 16:40", "BEHANDLUNG",
        "SEHR GEEHRTE DAMEN UND HERREN,\nDIE BEHANDLUNG AM 13.5. HAT STATTGEFUNDEN. DIE AM 6.5."
        " AUCH - ODER WAR DAS DER 7.? NEIN, ES WAR MITTWOCH, ALSO DER 6.\nMIT FREUNDLICHEN"
        " GRUESSEN\nURSULA BERGER", note="the doubt (7.?) is settled in the next sentence")  # fmt: skip
    yes("ae15_krueger_betreff_falsch.eml", 1, (1007, 1008), ("2026-02-24", "2026-03-03"),
        "2026-03-03 19:22", "Bestätigung 2.3.", "Hallo,\n\nder Betreff stimmt nicht, sorry, es"
        " war natürlich Dienstag der 3.3. Den 24.2. bestätige ich gleich mit, den hatte ich"
        " noch offen.\n\nLG Sabine" + WEBDE_APP, client="webde",
        note="the subject's 2.3. is corrected in the body")  # fmt: skip
    yes("ae16_aydin_moment.eml", 22, (1131,), ("2026-02-26",), "2026-02-27 18:55",
        "Telefon Therapie", "merhaba,\ntelefon therapie 26.02 war gemacht. 19.02 auch. nein"
        " moment 19.02 war nicht, sie haben angerufen aber ich war noch arbeit, nicht"
        " gehört.\nmehmet aydin", client="plain", staff=True,
        note="19.02 taken back in the same mail: missed call (1130) for staff")  # fmt: skip
    yes("ae17_richter_monat_vertippt.eml", 8, (1055,), ("2026-07-01",), "2026-07-01 19:16",
        "Korrektur", "Kurze Korrektur zu meiner Mail vor 5 Minuten: ich hab 1.6. geschrieben,"
        " war natürlich heute, 1.7. 🙈\n\nJonas" + IPHONE, client="iphone",
        note="a month slip across the month end, corrected; the earlier mail is not"
        " quoted")  # fmt: skip
    yes("ae18_oneill_us_date.eml", 23, (1138,), ("2026-04-28",), "2026-04-29 07:12",
        "Correction", "Hi there,\n\nquick correction to my email from last night - I wrote"
        " 4/27 but I meant 4/28, i.e. Tuesday's call. It took place as planned, thanks to"
        " Markus.\n\nCheers,\nJames", client="outlook",
        note="US month/day from an English writer; 4/27 retracted")  # fmt: skip


def second_mails() -> None:
    yes("ae19_becker_nachtrag.eml", 2, (1012,), ("2026-02-09",), "2026-02-10 08:20",
        "Nachtrag", "Nachtrag zu meiner Mail von letzter Woche: auch die Behandlung gestern"
        " (Mo, 9.2.) hat stattgefunden. Die davor hatte ich ja schon bestätigt.\n\nGruß T."
        " Becker", client="outlook",
        note="'die davor' refers to an earlier mail and names no day")  # fmt: skip
    yes("ae20_wagner_falsches_datum.eml", 21, (1125,), ("2026-01-19",), "2026-01-20 07:55",
        "sorry, falsches Datum", "Hallo nochmal,\n\nin meiner Mail gerade eben hab ich 19.12."
        " geschrieben, ich meinte natürlich den 19.1.! Zu viel Weihnachten im Kopf 😅\n\n"
        "Sophie" + GMX_APP, client="plain",
        note="19.12. fits no appointment and is corrected to 19.1.")  # fmt: skip
    yes("ae21_schaefer_nachtrag_buero.eml", 16, (1100,), ("2026-10-21",), "2026-10-22 08:47",
        "Nachtrag: Bestätigung falsch", "Guten Morgen,\n\nNachtrag zu meiner Mail von gestern"
        " Abend (vom privaten Konto): falsches Datum! Es war nicht der 14.10., sondern der"
        " 21.10. Bitte korrigieren Sie das, falls Sie den 14. schon eingetragen haben."
        + SCHAEFER_SIG, client="outlook", staff=True,
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="21.10. is clear; the earlier mail may have recorded 14.10. (1099) wrongly:"
        " staff")  # fmt: skip
    human("ae22_brandt_eigenes_zitat.eml", sender=10, date="2026-07-31 17:10",
          subject="Re: Termin 24.7.", client="thunderbird",
          body="Nachtrag: der 31.7. genauso, gerade eben, danke!\n\nLukas\n\n" + own_quote(
              "Am 24.07.26 um 18:02 schrieb Lukas Brandt:",
              "Hallo,\n\nTermin 24.7. hat stattgefunden.\n\nLukas"),
          label=Label(("confirmation",), patient=10, confirmed=(1067,), dates=("2026-07-31",),
                      note="24.7. is in his own quoted earlier mail; only 31.7. is this"
                      " mail's"))  # fmt: skip
    human("ae23_lehmann_zitat_unten.eml", sender=14, date="2026-09-16 09:03",
          subject="Re: Bestätigung", client="thunderbird",
          body=own_quote("Anna Lehmann schrieb am 09.09.26 um 08:40:",
                         "Liebes Praxisteam,\nder Termin am 8.9. hat stattgefunden.\nAnna")
          + "\n\nUnd der gestern, am 15.9., auch. Beides Video, hat gut funktioniert.\n\nAnna"
          "\n\n-- \nAnna Lehmann\nInstitut für Sportwissenschaft\nUniversität Beispielstadt",
          label=Label(("confirmation",), patient=14, confirmed=(1088,), dates=("2026-09-15",),
                      note="bottom-posted under her own earlier confirmation of 8.9.; only"
                      " 15.9. is new"))  # fmt: skip
    yes("ae24_wolff_ehefrau_nachtrag.eml", 4, (1032,), ("2026-02-13",), "2026-02-14 11:30",
        "Nachtrag von Wolff", "Guten Tag,\n\nhier schreibt Ingrid Wolff, die Frau von"
        " Hans-Jürgen. Er bittet mich, noch nachzutragen, dass die Behandlung gestern, Freitag"
        " den Dreizehnten, auch stattgefunden hat. Er hatte es in seiner Mail vergessen.\n\nFreundliche"
        " Grüße\nI. Wolff", client="tonline", name="Wolff",
        note="the wife writes for the patient from his address, about his own"
        " session")  # fmt: skip
    yes("ae25_jansen_quote_own.eml", 17, (1105,), ("2026-10-29",), "2026-10-29 12:15",
        re(1105), "Hi, die Session heute (29.10.) lief super.\n\n> Die Session am 22.10. hat"
        " stattgefunden\n\ndas hier oben hatte ich ja schon letzte Woche geschrieben, nur"
        " zur Sicherheit.\n\nOle", client="gmail", reply="cr-1105", style="gmail",
        note="the 22.10. line is a quote of his own earlier mail, not this mail's"
        " confirmation")  # fmt: skip
    yes("ae26_richter_alle_ausser.eml", 8, (1052, 1054), ("2026-06-10", "2026-06-24"),
        "2026-06-25 07:10", re(1054), "Moin,\n\nich antworte mal gesammelt auf Ihre letzten drei Mails:"
        " ja zu allen außer dem 17. - da war ich auf Dienstreise, hatte aber glaube ich"
        " abgesagt? Also 10. und 24. Juni haben stattgefunden.\n\nJonas Richter" + IPHONE,
        client="iphone", reply="cr-1054", style="iphone", staff=True,
        note="1053 (17.6.) still booked, he is not sure he cancelled: staff")  # fmt: skip
    yes("ae27_zimmermann_ausser_12.eml", 15, (1093, 1095), ("2026-10-05", "2026-10-19"),
        "2026-10-20 15:30", re(1095), "Guten Tag,\n\nIhre Anfragen zu 5.10., 12.10. und 19.10."
        " : alle fanden statt, außer der 12., da haben Sie mich nicht erreicht, ich war beim"
        " Zahnarzt und hatte es vergessen. Tut mir leid.\n\nKlaus Zimmermann",
        client="webde", reply="cr-1095", style="webde", staff=True,
        note="the 12th (1094) was missed: staff")  # fmt: skip
    yes("ae28_schaefer_ausser_herbstferien.eml", 16, (1100, 1102),
        ("2026-10-21", "2026-11-04"), "2026-11-05 21:14", re(1102),
        "Hallo,\n\nich beantworte Ihre drei Anfragen (21.10., 28.10., 4.11.) mal in einer Mail:"
        " ja zu allen außer dem 28.10., da waren Herbstferien und wir waren an der See. Den"
        " hatte ich aber vorher telefonisch abgesagt.\n\nLiebe Grüße\nBirgit Schäfer",
        client="webde", reply="cr-1102", style="outlook", staff=True,
        note="1101 (28.10.) still booked though she says she cancelled: staff")  # fmt: skip
    yes("ae29_demir_ja_ja_abgesagt.eml", 3, (1021, 1022), ("2026-03-18", "2026-03-25"),
        "2026-04-02 12:00", "Bestätigung", "Hallo,\n\n18.3. ja, 25.3. ja. Der 1.4. war ja"
        " abgesagt, das wissen Sie.\n\nLG Aylin Demir", client="gmail",
        note="1.4. was cancelled in the calendar too: nothing for staff")  # fmt: skip
    yes("ae30_hartmann_abbruch.eml", 20, (1120, 1121), ("2026-11-03", "2026-11-10"),
        "2026-11-18 18:40", "Bestätigung meiner Termine", "Hallo,\n\ndie Behandlungen am 03.11.2026"
        " und 10.11.2026 haben stattgefunden. Bei der am 17. weiß ich nicht, ob die zählt, die"
        " Verbindung ist nach 10 Minuten abgebrochen und kam nicht wieder.\n\nViele Grüße\n"
        "Leonie Hartmann", client="webde", staff=True, extra=("technical",),
        note="17.11. broken off after 10 minutes: staff")  # fmt: skip
    yes("ae31_nowak_dezember.eml", 19, (1118, 1119), ("2026-11-20", "2026-11-27"),
        "2026-12-02 22:10", "Letzte Termine", "Hi,\n\nfür den 27.11., unseren letzten Termin:"
        " hat stattgefunden. Und den 20. hatte ich Ihnen noch nicht bestätigt, oder? Falls"
        " nicht: der war auch.\n\nSchöne Adventszeit\nDavid Nowak", client="plain",
        note="'falls nicht: der war auch' still says the 20th took place")  # fmt: skip
    yes("ae32_lehmann_ja_bezog_sich.eml", 14, (1091, 1092), ("2026-10-06", "2026-10-13"),
        "2026-10-14 08:10", re(1092), "Hallo,\n\ndie Termine am 6.10. und 13.10. fanden"
        " statt. Mein kurzes 'ja' von letzter Woche bezog sich auf den Termin davor, nur damit"
        " das klar ist.\n\nAnna Lehmann", client="thunderbird", reply="cr-1092",
        style="thunderbird", note="'der Termin davor' refers to an earlier mail and names no"
        " day")  # fmt: skip
    yes("ae33_vogel_korrektur_gestern.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"),
        "2026-09-18 07:35", "Korrektur", "Sehr geehrte Damen und Herren,\n\ndie MT am 10.09."
        " fand statt, die am 17.09. ebenfalls. Korrektur zu meiner gestrigen Nachricht: dort"
        " hatte ich irrtümlich 03.09. geschrieben; der war ja bereits bestätigt.\n\n"
        "M. Vogel" + VOGEL_SIG, client="outlook",
        note="03.09. (1081) was confirmed before; named only as a mistake")  # fmt: skip
    yes("ae34_becker_donnerstag_davor.eml", 2, (1013, 1014), ("2026-02-12", "2026-02-16"),
        "2026-02-17 07:05", re(1014), "Ja, gestern hat stattgefunden. Der Donnerstag davor"
        " ebenfalls.\n\nT. Becker", client="outlook", reply="cr-1014",
        style="outlook_classic", note="elliptic: Thursday before Monday 16.2. = 12.2.")  # fmt: skip
    human("ae35_hoffmann_weitergeleitet.eml", sender=6, date="2026-05-27 06:50",
          subject="WG: Bitte bestätigen Sie Ihre Behandlung vom 26.05.2026",
          body="Hat stattgefunden, am Dienstag ausnahmsweise statt Montag (Pfingstmontag). Der"
          " 25. steht also zu Recht nicht drin.\n\nP. Hoffmann",
          client="outlook", forward="cr-1044", quote_style="forward_outlook",
          label=Label(("confirmation",), patient=6, confirmed=(1044,), dates=("2026-05-26",),
                      note="forwarded instead of answered; 'am Dienstag' with the forwarded"
                      " request's 26.05.; the 25th is named as no treatment"))  # fmt: skip


def lookalikes() -> None:
    no("ae36_neumann_ob_7_oder_9.eml", 9, ("confirmation",), "2026-07-13 10:20", re(1057),
       "Guten Tag,\n\nich weiß nicht mehr, ob es der 7. oder der 9. war, an dem wir"
       " telefoniert haben. Einer von beiden ist ausgefallen, weil ich zur Fußpflege musste."
       " Können Sie das in Ihren Unterlagen nachsehen?\n\nGisela Neumann",
       reply="cr-1057", style="thunderbird", client="thunderbird",
       note="one of two booked days took place, she cannot say which: nothing recordable")  # fmt: skip
    no("ae37_hoffmann_ob_ueberhaupt.eml", 6, ("question",), "2026-05-26 09:30", re(1044),
       "Hallo,\n\nich bin mir nicht sicher, ob der Termin heute früh überhaupt stattgefunden"
       " hat im Sinne der Abrechnung - die Therapeutin war nur 5 Minuten da, dann brach das"
       " Bild ab und ich habe niemanden mehr erreicht.\n\nPeter Hoffmann", client="outlook",
       reply="cr-1044", style="outlook", note="doubt whether 26.5. counts at all")  # fmt: skip
    no("ae38_krueger_melde_mich.eml", 1, ("confirmation",), "2026-02-25 20:10",
       "Bestätigung", "Hallo,\n\nam 17.2. war die Behandlung, nein, Moment, oder war es doch"
       " der 24.? Ich bin gerade völlig durcheinander. Ich schaue nochmal in meinen Kalender"
       " und melde mich.\n\nSabine", client="webde",
       note="the correction leaves the day open; she will write again")  # fmt: skip
    no("ae39_becker_zurueckgezogen.eml", 2, ("other",), "2026-02-13 09:12",
       "sorry, falsches Datum", "Hallo,\n\nin meiner Mail von heute früh stand die MT am 12.2."
       " als bestätigt - das stimmt nicht, die Behandlung gestern ist ausgefallen, Frau"
       " Brandes hatte mich nicht erreicht. Bitte nicht abrechnen.\n\nThomas Becker",
       client="outlook", note="a retraction: 12.2. did not take place")  # fmt: skip
    no("ae40_demir_hat_der_stattgefunden.eml", 3, ("question",), "2026-04-08 17:00",
       "Termin heute?", "hallo, war heute (8.4.) eigentlich termin? ich dachte der fällt aus"
       " wie der 1.4., war deshalb nicht online. hat der stattgefunden ohne mich?? lg aylin",
       client="gmail", note="she was not online; asks whether 8.4. took place")  # fmt: skip
    no("ae41_popescu_zitat_angekommen.eml", 7, ("question",), "2026-06-05 14:30",
       "Re: Termin 2 Juni", "Guten Tag,\n\nhaben Sie meine Mail bekommen? Ich habe keine"
       " Antwort.\n\nElena Popescu\n\n" + own_quote(
           "Am Dienstag, 2. Juni 2026, 13:15:22 MESZ hat Elena Popescu"
           " <elena.popescu@yahoo.de> Folgendes geschrieben:",
           "Ich bestatige Termin 2 Juni, war gut. Elena"), client="yahoo",
       note="the confirmation is only in her own quoted mail; staff check whether it"
       " arrived")  # fmt: skip
    no("ae42_richter_letzten_mittwoch.eml", 8, ("confirmation",), "2026-07-02 08:15",
       "Nachtrag", "Letzten Mittwoch ebenfalls.\n\nJ." + IPHONE, client="iphone",
       note="elliptic follow-up to a mail we do not have; on Thursday 2.7. 'letzten"
       " Mittwoch' is 1.7. or 24.6.: staff")  # fmt: skip
    no("ae43_carter_remove.eml", 11, ("other",), "2026-08-25 19:30", "Mistake",
       "Hi,\n\nI'm afraid I confirmed yesterday's session by mistake this morning - I"
       " actually missed it, my internet was down the whole afternoon. Could you please"
       " remove that confirmation?\n\nSorry,\nEmily", client="gmail",
       note="retraction of a confirmation of 24.8.")  # fmt: skip
    no("ae44_vogel_verlegt.eml", 13, ("confirmation",), "2026-09-26 08:10",
       "Bestätigung 25.09.", "Sehr geehrte Damen und Herren,\n\nbitte meine Bestätigung vom"
       " 24.09. ignorieren - der Termin wurde auf Freitag, den 25.09., verlegt, und an dem Tag"
       " hat er dann stattgefunden.\n\nM. Vogel" + VOGEL_SIG, client="outlook",
       dates=("2026-09-25",),
       note="25.9. fits no appointment (1084 is booked for 24.9.): staff")  # fmt: skip
    no("ae45_zimmermann_am_26.eml", 15, ("confirmation",), "2026-10-27 10:05", re(1095),
       "Guten Tag,\n\nSie hatten mich am 26. angerufen, nicht am 19. wie in Ihrer Mail. Die"
       " Behandlung hat also gestern stattgefunden.\n\nK. Zimmermann", client="webde",
       reply="cr-1095", style="webde", dates=("2026-10-26",),
       note="26.10. is a cancelled appointment (1096) and he denies the 19th: staff")  # fmt: skip
    no("ae46_jansen_zukunft.eml", 17, ("cancellation",), "2026-11-11 12:00",
       "Re: Erinnerung: Ihr Termin am 12.11.2026", "Ich bestätige den Termin morgen, 12.11. - nein,"
       " sorry, ich meinte den 19.11. Den 12. schaffe ich nicht, da bin ich in Hamburg."
       "\n\nOle", client="gmail", reply="rem-1107", style="gmail",
       note="future days; the 12th is called off")  # fmt: skip
    no("ae47_koch_streichen.eml", 18, ("other",), "2026-04-09 09:40", "Meine Mail gestern",
       "Sehr geehrte Damen und Herren,\n\nmeine Mail von gestern war falsch, bitte streichen"
       " Sie die Bestätigung wieder. Ich habe mich im Datum vertan und melde mich, wenn ich"
       " meinen Kalender gefunden habe.\n\nRenate Koch", client="tonline",
       note="a retraction without a day")  # fmt: skip
    no("ae48_lehmann_falsche_mail.eml", 14, ("other",), "2026-09-23 12:10", re(1089),
       "Ach nein, sorry, mein 'Ja, hat stattgefunden' von vorhin war die Antwort auf die"
       " Mail von letzter Woche. Der 22. ist ausgefallen, ich lag mit Fieber im Bett.\n\n"
       "Anna", client="thunderbird", reply="cr-1089", style="thunderbird", bottom=True,
       note="22.9. did not take place; an earlier 'ja' is retracted")  # fmt: skip
    no("ae49_schulz_welcher_tag.eml", 5, ("question",), "2026-05-29 19:50",
       "Termin gestern?", "Hallo,\n\nMarie hatte gestern ihre Stunde, glaube ich - oder war"
       " die schon letzte Woche und gestern ist ausgefallen? Ich war beide Male nicht zu Hause"
       " und sie sagt mal so, mal so. Können Sie nachsehen, ob der 21. oder der 28."
       " stattgefunden hat?\n\nKatrin Schulz (Mutter)", client="apple",
       note="21.5. or 28.5., both booked; the mother cannot say which")  # fmt: skip
    no("ae50_wagner_schwarzes_bild.eml", 21, ("technical",), "2026-02-10 18:25", re(1128),
       "Hallo,\n\nich weiß ehrlich gesagt nicht, ob der Termin am 9.2. überhaupt stattgefunden"
       " hat. Ich war eingeloggt, aber es kam nur ein schwarzes Bild und kein Ton, nach 20"
       " Minuten hab ich aufgegeben. Zählt das?\n\nSophie Wagner" + GMX_APP,
       reply="cr-1128", style="samsung", client="samsung",
       note="'ob ... überhaupt stattgefunden': doubt, a technical failure")  # fmt: skip


def main() -> None:
    load_practice()
    mc.HERE = HERE
    HERE.mkdir(parents=True, exist_ok=True)
    corrections_inside_one_mail()
    second_mails()
    lookalikes()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.write_labels()
    confirming = sum(bool(m.label.confirmed) for m in mc.MAILS)
    print(f"{len(mc.MAILS)} mails, {confirming} confirm at least one day")


if __name__ == "__main__":
    from tools.corpus import blind_ae

    blind_ae.main()
