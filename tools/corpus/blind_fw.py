"""Write blind set FW: a hard set of look-alikes written as real patients write them. 37
mails: 14 that confirm a session of the sender's own that took place (one of them also says
a second session that day was missed), three that mean to confirm but may record nothing
(a wife confirming her husband's session, a patient sending again a confirmation already
recorded, thanks for a session that was cancelled), and 20 that a hasty reader might take
for a confirmation: a session still to come 'bestätigt', thanks for a cancelled session,
treatment with the doctor, the orthopaedist or a rehab clinic, a forwarded old
confirmation, 'hat nicht stattgefunden' in several forms, sessions broken off, and a 'ja'
that answers something else.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fw`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    video_link_subject,
    write_set,
    yes,
)
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_fw")


def plain_confirmations() -> None:
    yes("fw01_becker_ja_mt.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:10", re(1010),
        "Ja, MT am 2.2. hat stattgefunden.\n\nGruß T. Becker",
        client="gmail", reply="cr-1010", style="gmail")  # fmt: skip
    yes("fw02_demir_daumen.eml", 3, (1019,), (), "2026-03-04 10:40", re(1019),
        "hat stattgefunden, danke 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1019", style="iphone",
        note="a yes under our request for 04.03.2026, no day named")  # fmt: skip
    yes("fw03_wolff_januar.eml", 4, (1028, 1029, 1030), ("2026-01-16", "2026-01-23", "2026-01-30"),
        "2026-01-31 10:12", "Behandlungen Januar",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonischen"
        " Behandlungen am 16.01., 23.01. und 30.01.2026 stattgefunden haben.\n\n"
        "Mit freundlichem Gruß\nH.-J. Wolff", client="tonline")  # fmt: skip
    yes("fw04_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:30", re(1069, "Re"),
        "Yes, confirming that my session on 3 August took place. Thanks!\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("fw05_neumann_nachtrag.eml", 9, (1056, 1057, 1058), ("2026-07-07", "2026-07-09", "2026-07-14"),
        "2026-08-10 16:45", "Bestätigung",
        "Liebe Praxis,\nich hab ganz vergessen die Termine zu bestätigen. am 7.7. , 9.7. und"
        " 14.7. war die Behandlung am Telefon, jedes mal.\nViele Grüße\nGisela Neumann",
        note="late: three phone sessions in July confirmed in August")  # fmt: skip
    yes("fw06_brandt_unten.eml", 10, (1064,), ("2026-07-10",), "2026-07-10 18:02", re(1064),
        "Bestätigt, Termin 10.07. hat stattgefunden.\n\nLukas",
        client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True)  # fmt: skip
    yes("fw07_berger_samsung.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 11:20", re(1143),
        "Ja die Behandlung war heute am 13.5 alles gut\nU. Berger\n\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1143", style="samsung")  # fmt: skip
    yes("fw08_zimmermann_fand_statt.eml", 15, (1094,), ("2026-10-12",), "2026-10-12 13:05", re(1094),
        "Guten Tag,\n\ndie Behandlung vom 12.10. fand statt.\n\nGruß\nKlaus Zimmermann",
        client="outlook", reply="cr-1094", style="outlook")  # fmt: skip
    yes("fw09_aydin_gestern.eml", 22, (1131,), ("2026-02-26",), "2026-02-27 08:15", re(1131),
        "Hallo,\ngestern Behandlung war, ja ist gemacht. Danke schön\nMehmet",
        client="outlook", reply="cr-1131", style="outlook",
        note="'gestern' on 27.02. is the session of 26.02.")  # fmt: skip
    yes("fw10_koch_kurz.eml", 18, (1113,), ("2026-04-08",), "2026-04-08 17:40", re(1113),
        "ja, hat stattgefunden am 8.4.\nMfG R. Koch",
        client="tonline", reply="cr-1113", style="tonline")  # fmt: skip
    yes("fw11_schulz_mutter.eml", 5, (1034,), (), "2026-04-16 17:30", re(1034),
        "Hallo,\nMarie hatte heute ihre Stunde, lief gut und sie hat gut mitgemacht.\n"
        "Viele Grüße\nK. Schulz",
        client="gmail", reply="cr-1034", style="gmail",
        note="the mother writes from the registered address: Marie's session today")  # fmt: skip
    yes("fw12_zimmermann_mit_absage.eml", 15, (1095,), ("2026-10-19",), "2026-10-27 09:10", re(1095),
        "Moin,\n19.10. ja. Und gestern war ja abgesagt, das wissen Sie ja.\nGruß Klaus",
        client="outlook", reply="cr-1095", style="outlook",
        note="confirms 19.10.; the cancelled 26.10. is only mentioned")  # fmt: skip
    yes("fw13_hoffmann_mt_verpasst.eml", 6, (1042,), ("2026-05-18",), "2026-05-18 13:45", re(1042),
        "Hallo,\nKGG heute früh hat stattgefunden. Die MT um halb eins hab ich leider verpasst,"
        " war noch in einem Meeting. Sorry!\nPeter Hoffmann",
        client="outlook", reply="cr-1042", style="outlook", staff=True,
        note="the morning KGG took place; the MT at 12:30 the same day was missed")  # fmt: skip
    yes("fw14_lehmann_drei.eml", 14, (1090, 1091, 1092), ("2026-09-29", "2026-10-06", "2026-10-13"),
        "2026-10-14 08:05", "Bestätigung 29.9., 6.10. und 13.10.",
        "Hallo zusammen,\n\nhiermit bestätige ich die Videobehandlungen am 29.9., 6.10. und"
        " 13.10. Sorry für die Verspätung, war viel los an der Uni.\n\nBeste Grüße\nAnna Lehmann",
        client="thunderbird")  # fmt: skip


def confirmations_that_record_nothing() -> None:
    yes("fw15_yildiz_fuer_ehemann.eml", 12, (), ("2026-03-05",), "2026-03-05 14:10",
        "Behandlung Mehmet Aydın 05.03.",
        "Hallo,\nich schreibe für meinen Mann Mehmet Aydın, sein Handy ist kaputt. Er hatte heute"
        " um 12:30 die Behandlung am Telefon, hat stattgefunden.\nGrüße\nFatma Yıldız",
        client="webde", staff=True,
        note="a wife confirms her husband's session (another patient): not hers to record")  # fmt: skip
    yes("fw16_krueger_schon_bestaetigt.eml", 1, (), ("2026-01-20",), "2026-01-28 08:20",
        "WG: Behandlung 20.01.",
        "Guten Morgen,\nnur zur Sicherheit nochmal meine Bestätigung für den 20.01., ich weiß nicht"
        " ob die angekommen ist.\nLG Sabine Krüger\n\n"
        "Gesendet: Dienstag, 20. Januar 2026 um 12:01 Uhr\nVon: sabine.krueger@web.de\n"
        "An: termine@praxis-impulse.de\nBetreff: Behandlung 20.01.\n\n"
        "Hallo, die Behandlung heute hat stattgefunden. LG Sabine Krüger",
        client="webde", staff=True,
        note="20.01. was already confirmed; she sends the old confirmation again")  # fmt: skip
    yes("fw37_demir_abgesagter_tag.eml", 3, (), ("2026-04-01",), "2026-04-01 10:05",
        "Behandlung heute", "Hallo, die Behandlung am 1.4. war super, danke!! Aylin",
        client="gmail", staff=True,
        note="01.04. is cancelled in our calendar: thanks for a session that should not exist")  # fmt: skip


def look_alikes() -> None:
    no("fw17_krueger_morgen.eml", 1, ("other",), "2026-02-02 11:30", reminder_subject(1004),
       "Ja, ich bestätige den Termin morgen um 10. Bis dann!\nSabine Krüger",
       client="webde", reply="rem-1004", style="webde", staff=False,
       note="acknowledges tomorrow's session: nothing took place yet")  # fmt: skip
    no("fw18_demir_danke_absage.eml", 3, ("other",), "2026-04-01 12:00", "Danke",
       "Hallo,\ndanke dass das mit der Absage heute morgen so unkompliziert ging! Bis nächste"
       " Woche\nAylin", client="gmail", staff=False,
       note="thanks for the cancelled 01.04., nothing to do")  # fmt: skip
    no("fw19_yildiz_keine_behandlung.eml", 12, ("question",), "2026-08-20 09:30", "Termin gestern",
       "Guten Tag,\ngestern war ja keine Behandlung, wurde abgesagt. Bitte nicht aufschreiben."
       " Nächste Woche wieder normal um halb elf?\nFatma Yıldız", client="webde",
       note="the cancelled 19.08. named, and a question")  # fmt: skip
    no("fw20_wagner_orthopaede.eml", 21, ("other",), "2026-02-04 18:20", "neues Rezept",
       "Hallo,\nich war am Montag beim Orthopäden, er hat mir nochmal 6x KG verschrieben. Das"
       " Rezept schick ich Ihnen per Post.\nLG Sophie Wagner", client="gmail",
       note="a visit to the orthopaedist and a new prescription, no session with us")  # fmt: skip
    no("fw21_hoffmann_studio.eml", 6, ("reschedule",), "2026-05-11 10:00", re(1041),
       "Guten Morgen,\ndie Sitzung heute früh hat nicht stattgefunden, ich habe mich im Datum"
       " vertan und war stattdessen im Studio trainieren. Können wir das nachholen?\nP. Hoffmann",
       client="outlook", reply="cr-1041", style="outlook",
       note="the session of 11.05. did not take place")  # fmt: skip
    no("fw22_becker_kein_anruf.eml", 2, ("other",), "2026-02-12 19:30", re(1013),
       "Hallo,\nheute hat mich niemand angerufen, ich hab bis kurz vor sechs gewartet. Also bitte"
       " nicht als stattgefunden eintragen.\nGruß Becker",
       client="gmail", reply="cr-1013", style="gmail",
       note="no call on 12.02.: the session did not take place")  # fmt: skip
    no("fw23_richter_abgebrochen.eml", 8, ("technical", "question"), "2026-06-10 20:05", re(1052),
       "Hi, die Verbindung ist nach ca 10 min abgebrochen und wir sind nicht mehr reingekommen."
       " weiß nicht ob das als termin zählt??\nJonas\n\nVon meinem iPhone gesendet",
       client="iphone", reply="cr-1052", style="iphone",
       note="video broke off after ten minutes; not a confirmation")  # fmt: skip
    no("fw24_wolff_weitergeleitet.eml", 4, ("question",), "2026-02-14 11:00",
       "WG: Behandlung 09.01.2026",
       "Sehr geehrte Damen und Herren,\n\nanbei nochmal meine Mail vom 9. Januar. Die AOK fragt,"
       " ob die Verordnung schon abgerechnet ist. Können Sie mir das mitteilen?\n\n"
       "Mit freundlichem Gruß\nH.-J. Wolff\n\n"
       "-----Original-Nachricht-----\nBetreff: Behandlung 09.01.2026\n"
       "Datum: 2026-01-09T18:10:00+01:00\nVon: hj.wolff@t-online.de\n"
       "An: termine@praxis-impulse.de\n\n\n"
       "Die Behandlung am 09.01.2026 hat stattgefunden.\nH.-J. Wolff",
       client="tonline",
       note="a forwarded old confirmation (09.01., already confirmed) with a billing question")  # fmt: skip
    no("fw25_popescu_dabei.eml", 7, ("other",), "2026-06-06 12:00", video_link_subject(1047),
       "Hallo, ja ich bestätige, ich bin dabei am Dienstag. Danke\nElena Popescu",
       client="yahoo", reply="vl-1047", style="yahoo", staff=False,
       note="acknowledges the video session of 09.06., three days ahead")  # fmt: skip
    no("fw26_nowak_telefonisch_abgesagt.eml", 19, ("cancellation",), "2026-11-13 10:30", re(1117),
       "Ja, das Rezept liegt mir vor, schicke ich Ihnen heute noch. Die Behandlung heute musste"
       " ich leider absagen, hatte ich gestern telefonisch gesagt.\nD. Nowak",
       reply="cr-1117", style="thunderbird",
       note="the yes is about the prescription; 13.11. was cancelled by phone")  # fmt: skip
    no("fw27_jansen_ja_unterlagen.eml", 17, ("forms",), "2026-10-23 07:50",
       "Re: Ihre Unterlagen für die Behandlung",
       "Ja, mach ich am Wochenende!\nOle", client="gmail", reply="fr-17", style="gmail",
       staff=False, note="the yes answers our forms request, nothing attached yet")  # fmt: skip
    no("fw28_schaefer_beim_arzt.eml", 16, ("question",), "2026-10-22 08:40", "Termin gestern",
       "Hallo,\nich hatte gestern Abend noch meinen Termin bei Dr. Ahrens, deshalb war ich bei"
       " Ihnen nicht online. Tut mir leid, total verschwitzt. Muss ich den Termin bezahlen?\n\n"
       "Birgit Schäfer", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
       client="outlook", note="at the doctor's on 21.10., missed our session")  # fmt: skip
    no("fw29_hartmann_naechste_woche.eml", 20, ("other",), "2026-11-11 07:30", re(1121),
       "Guten Morgen, bestätige hiermit den Termin am 17.11. um 17 Uhr.\nLeonie Hartmann",
       client="webde", reply="cr-1121", style="webde",
       note="answers our request for 10.11. with next week's date: 10.11. not confirmed")  # fmt: skip
    no("fw30_oneill_airport.eml", 23, ("reschedule",), "2026-04-28 21:30", re(1138, "RE"),
       "Hi,\nunfortunately the session didn't happen tonight - I was stuck at the airport and"
       " missed the call. Could we do Thursday instead?\nJames",
       client="outlook", reply="cr-1138", style="outlook_en",
       note="the session of 28.04. did not take place")  # fmt: skip
    no("fw31_vogel_notfall.eml", 13, ("question",), "2026-09-17 09:00", re(1083),
       "Musste nach 15 Minuten abbrechen, Notfall in der Kanzlei. Bitte anteilig oder gar nicht"
       " abrechnen, wie es bei Ihnen üblich ist.\nMV",
       client="apple", reply="cr-1083", style="iphone",
       note="session broken off after 15 minutes")  # fmt: skip
    no("fw32_wagner_warten.eml", 21, ("technical",), "2026-02-09 11:20", re(1128),
       "Hallo,\nbei mir kam heute kein Videoanruf, da stand nur die ganze Zeit 'Warten auf"
       " Teilnehmer'. Also leider keine Behandlung.\nLG Sophie",
       client="gmail", reply="cr-1128", style="gmail",
       note="no session on 09.02.")  # fmt: skip
    no("fw33_neumann_ausgfalln.eml", 9, ("other",), "2026-07-22 10:15", re(1060),
       "Griaß Gott,\ndie Stund am Dienstag is ausgfalln, d'Frau hat net angrufn. I war dahoam.\n"
       "Neumann", reply="cr-1060", style="thunderbird",
       note="dialect: the call on 21.07. never came")  # fmt: skip
    no("fw34_berger_reha.eml", 24, ("other",), "2026-06-04 10:00", "Behandlung",
       "Guten Tag,\nich wollte nur sagen, die Behandlung gestern in der Reha-Klinik hat mir sehr"
       " gut getan. Ab nächster Woche bin ich wieder bei Ihnen am Telefon.\n"
       "Freundliche Grüße\nUrsula Berger", client="plain",
       note="treatment at a rehab clinic on 03.06., the day of our session 1146: unclear")  # fmt: skip
    no("fw35_carter_monday.eml", 11, ("other",), "2026-08-20 19:00", "Monday",
       "Hi, just confirming I'll be there on Monday the 24th as usual. Cheers, Emily",
       client="gmail", staff=False, note="a session still to come")  # fmt: skip
    no("fw36_wagner_bestaetigt_abgesagt.eml", 21, ("other",), "2026-02-03 12:10",
       "Behandlung 2.2.", "Hallo, wollte nur kurz sagen, dass der Termin gestern ja ausgefallen"
       " ist, hab die Absage gelesen. Passt alles, bis nächste Woche!\nSophie Wagner",
       client="gmail", staff=False,
       note="the cancelled 02.02. acknowledged, nothing to do")  # fmt: skip


def main() -> None:
    load_practice()
    plain_confirmations()
    confirmations_that_record_nothing()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
