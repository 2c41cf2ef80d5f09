"""Write blind set CP: a plain, representative inbox of the whole year, leaning towards formal
writers ("Hiermit bestätige ich ...", "den Erhalt der Leistung am ..."), 43 mails. Most are
short replies under our request in many mail programs, with and without the date; some are
new mails, some confirm several days at once, a few come late, two enclose a form, a few
carry a question or a problem beside the yes. The look-alikes are the usual ones: a
cancellation, reschedule wishes, questions about a coming session, a missed session, a reply
to a reminder, a technical problem, and one formal "confirmation" of a cancelled day.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cp`.
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

HERE = data_dir("blind_cp")


def first_quarter() -> None:
    yes("cp01_krueger_hiermit.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 14:20", re(1003),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlung am 27.01.2026 stattgefunden hat.\n\nMit freundlichen Grüßen\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("cp02_becker_erhalt_leistung.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:41", re(1010),
        "Sehr geehrte Damen und Herren,\n\nich bestätige den Erhalt der Leistung (Manuelle Therapie, telefonisch) am 02.02.2026.\n\nMit freundlichen Grüßen\n\nThomas Becker\nAm Lindenhof 4\n50667 Köln\nTel. 0221 4478213",
        client="outlook", reply="cr-1010", style="outlook_classic")  # fmt: skip
    yes("cp03_becker_drei_termine.eml", 2, (1011, 1012, 1013), ("2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-13 08:15",
        "Bestätigung Behandlungstermine",
        "Sehr geehrte Damen und Herren,\n\nda ich in den letzten Tagen nicht dazu gekommen bin, auf Ihre einzelnen Mails zu antworten, bestätige ich hiermit gesammelt den Erhalt der Leistungen an folgenden Tagen:\n\n- 05.02.2026\n- 09.02.2026\n- 12.02.2026\n\njeweils Manuelle Therapie per Telefon.\n\nMit freundlichen Grüßen\nThomas Becker",
        client="outlook")  # fmt: skip
    yes("cp04_demir_kurz.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:47", re(1019),
        "ja hat stattgefunden am 4.3\n\nlg aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("cp05_demir_ohne_datum.eml", 3, (1020,), (), "2026-03-11 10:02", re(1020),
        "Ja, alles gut gelaufen 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1020", style="iphone",
        note="a yes under our request for 11.03.2026, no day named")  # fmt: skip
    yes("cp06_wolff_nachtraeglich.eml", 4, (1028, 1029, 1030), ("2026-01-16", "2026-01-23", "2026-01-30"), "2026-02-02 10:12",
        "Bestätigung der Behandlungen im Januar",
        "Sehr geehrte Damen und Herren,\n\nentschuldigen Sie bitte die verspätete Rückmeldung. Hiermit bestätige ich, dass die telefonischen Behandlungen am 16.01.2026, am 23.01.2026 und am 30.01.2026 jeweils stattgefunden haben.\n\nMit freundlichem Gruß\nHans-Jürgen Wolff",
        client="tonline", note="late, three days in a new mail")  # fmt: skip
    yes("cp07_wagner_zwei_termine.eml", 21, (1124, 1125), ("2026-01-12", "2026-01-19"), "2026-01-21 18:30", re(1125),
        "Guten Abend,\n\nhiermit bestätige ich, dass die Behandlungen am 12.01.2026 und am 19.01.2026 stattgefunden haben. Die Mail zum 12. hatte ich leider übersehen.\n\nFreundliche Grüße\nSophie Wagner",
        client="webde", reply="cr-1125", style="webde")  # fmt: skip
    yes("cp08_aydin_lerner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 16:05", re(1130),
        "Guten Tag,\n\nich bestatige die Behandlung 19.02.2026 ist gemacht.\n\nDanke\nMehmet Aydin",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("cp09_becker_einer_fehlt.eml", 2, (1014,), ("2026-02-16",), "2026-02-20 09:30",
        "Behandlungen 16.02. und 19.02.",
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am Montag, 16.02.2026, hat wie vereinbart stattgefunden, das bestätige ich hiermit.\n\nAm Donnerstag, 19.02.2026, hat mich dagegen niemand angerufen. Ich habe bis kurz nach 18 Uhr gewartet. Bitte diesen Termin nicht abrechnen und mir einen Ersatztermin vorschlagen.\n\nMit freundlichen Grüßen\nThomas Becker",
        client="outlook", staff=True, extra=("reschedule",),
        note="16.02. confirmed; 19.02. did not take place, wants a replacement")  # fmt: skip
    yes("cp10_demir_abgesagter_tag.eml", 3, (), (), "2026-04-01 12:10", "Bestätigung Behandlung 01.04.2026",
        "Hallo,\n\nhiermit bestätige ich die Behandlung am 01.04.2026.\n\nViele Grüße\nAylin Demir",
        client="gmail", staff=True,
        note="01.04. (1023) was cancelled: nothing to record, staff must look")  # fmt: skip
    yes("cp11_koch_drei_formal.eml", 18, (1109, 1110, 1111), ("2026-03-23", "2026-03-25", "2026-03-30"), "2026-04-02 09:15",
        "Bestätigung", "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich den Erhalt der Leistungen an folgenden Tagen:\n\n23.03.2026\n25.03.2026\n30.03.2026\n\nMit freundlichen Grüßen\nRenate Koch\nTel. 030 7712094",
        client="tonline", note="three days in a new mail, the 01.04. not mentioned")  # fmt: skip
    no("cp12_krueger_absage.eml", 1, ("cancellation",), "2026-03-09 13:05", reminder_subject(1009),
       "Hallo,\n\nich muss den Termin morgen leider absagen, ich liege mit Fieber im Bett. Ich melde mich, wenn es mir besser geht.\n\nGruß Sabine Krüger",
       client="webde", reply="rem-1009", style="webde")  # fmt: skip


def second_quarter() -> None:
    yes("cp13_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:02", re(1136, "RE"),
        "Dear team,\n\nI hereby confirm that the treatment on 14 April 2026 took place.\n\nKind regards,\nJames O'Neill",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("cp14_schulz_erhalt.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:02", re(1034),
        "Guten Tag,\n\nhiermit bestätige ich den Erhalt der Leistung am 16.04.2026.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("cp15_schulz_mit_verschiebung.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 17:31", re(1035),
        "Hallo,\n\nder Termin am 23.04. hat stattgefunden, danke.\n\nEine Bitte noch: könnten wir den Termin am 07.05. auf 16:30 legen? Ich komme vorher nicht aus der Arbeit.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1035", style="thunderbird", staff=True, extra=("reschedule",),
        note="yes for 23.04. plus a reschedule wish for 07.05.")  # fmt: skip
    no("cp16_schulz_frage_handy.eml", 5, ("question",), "2026-05-05 19:20", video_link_subject(1037),
       "Guten Abend,\n\nkann ich die Videobehandlung am Donnerstag auch am Handy machen? Mein Laptop ist gerade in Reparatur.\n\nGruß\nMarie Schulz",
       client="thunderbird", reply="vl-1037", style="thunderbird")  # fmt: skip
    yes("cp17_hoffmann_formal.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:10", re(1040, "AW"),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlung (KG am Gerät) am 04.05.2026 stattgefunden hat.\n\nMit freundlichen Grüßen\n\nPeter Hoffmann",
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("cp18_hoffmann_zwei_am_tag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:05", re(1043),
        "Sehr geehrte Damen und Herren,\n\nich bestätige beide Behandlungen vom 18.05.2026, also das Gerätetraining morgens und die Manuelle Therapie mittags.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on the same day, both confirmed")  # fmt: skip
    no("cp19_hoffmann_verschieben.eml", 6, ("reschedule",), "2026-05-20 08:40", "Termin 26.05.",
       "Guten Morgen,\n\nwäre es möglich, den Termin am 26.05. von 07:30 auf 08:30 zu verschieben? Ich habe an dem Tag früh einen Arzttermin.\n\nBeste Grüße\nPeter Hoffmann",
       client="outlook")  # fmt: skip
    yes("cp20_oneill_late_two.eml", 23, (1137, 1138), ("2026-04-21", "2026-04-28"), "2026-05-04 21:15", "Confirmation of sessions",
        "Hello,\n\napologies for the delay. I confirm that my sessions on 21 April and 28 April took place as scheduled.\n\nBest,\nJames",
        client="outlook", note="late, two days, English new mail")  # fmt: skip
    no("cp21_oneill_cancel.eml", 23, ("cancellation",), "2026-05-08 12:20", "Cancel session 12 May",
       "Hi,\n\nI have to travel to Dublin next week, so I need to cancel my session on Tuesday 12 May. Sorry for the short notice.\n\nThanks,\nJames O'Neill",
       client="outlook")  # fmt: skip
    yes("cp22_berger_durchgefuehrt.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:04", re(1142),
        "Sehr geehrte Damen und Herren,\n\nich bestätige Ihnen hiermit, dass die telefonische Krankengymnastik am 06.05.2026 durchgeführt wurde.\n\nMit freundlichen Grüßen\nUrsula Berger",
        client="plain", reply="cr-1142", style="thunderbird")  # fmt: skip
    no("cp23_berger_verordnung.eml", 24, ("question",), "2026-05-28 10:00", "Frage Verordnung",
       "Sehr geehrte Damen und Herren,\n\nmeine Verordnung läuft mit dem Termin am 10. Juni aus. Muss ich mir bei meinem Hausarzt eine neue holen, oder kümmern Sie sich darum?\n\nMit freundlichen Grüßen\nUrsula Berger",
       client="plain")  # fmt: skip
    mc.human("cp24_popescu_mit_bogen.eml", sender=7, date="2026-06-02 13:20", subject=re(1046),
             body="Hallo,\n\nich bestätige das die Behandlung am 2.6. war. Ich schicke auch den Anamnesebogen, entschuldigung das er so spät kommt.\n\nDanke schön\nElena",
             client="yahoo", reply_to="cr-1046", quote_style="yahoo",
             files=[mc.pdf("Anamnesebogen_Popescu.pdf", 2)],
             label=mc.Label(("confirmation", "forms"), patient=7, confirmed=(1046,), dates=("2026-06-02",), forms=("anamnese",),
                            note="yes for 02.06. with the late Anamnesebogen enclosed"))  # fmt: skip
    yes("cp25_popescu_vergessen.eml", 7, (1047, 1048), ("2026-06-09", "2026-06-16"), "2026-06-19 20:45", re(1048),
        "hallo, ich habe vergessen zu antworten. die termine am 9. und 16. juni haben beide stattgefunden, alles gut.\nElena Popescu",
        client="yahoo", reply="cr-1048", style="yahoo")  # fmt: skip
    yes("cp26_richter_iphone.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 19:46", re(1051),
        "Bestätige, 3.6. hat stattgefunden.\n\nGesendet von iPhone",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    no("cp27_richter_verpasst.eml", 8, ("other",), "2026-06-10 20:10", re(1052),
       "Sorry, ich hab es heute nicht rechtzeitig aus dem Büro geschafft und den Termin verpasst. Das bitte nicht als Behandlung zählen. Nächste Woche bin ich dabei.\n\nJonas",
       client="iphone", reply="cr-1052", style="iphone",
       note="missed session under our request: nothing to confirm")  # fmt: skip


def third_quarter() -> None:
    yes("cp28_neumann_brief.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 15:32", re(1056),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlung am Dienstag, den 7. Juli 2026, stattgefunden hat.\n\nMit freundlichen Grüßen\n\nGisela Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird", bottom=True)  # fmt: skip
    yes("cp29_neumann_mehrere.eml", 9, (1058, 1059, 1060), ("2026-07-14", "2026-07-16", "2026-07-21"), "2026-07-22 10:05",
        "Bestätigung der Behandlungen vom 14., 16. und 21. Juli",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich den Erhalt der Leistung an den folgenden Tagen: 14.07.2026, 16.07.2026 und 21.07.2026.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird")  # fmt: skip
    no("cp30_neumann_erinnerung.eml", 9, ("other",), "2026-07-22 11:00", reminder_subject(1061),
       "Vielen Dank für die Erinnerung. Ich bin morgen um 9 Uhr erreichbar.\n\nMit freundlichen Grüßen\nGisela Neumann",
       client="thunderbird", reply="rem-1061", style="thunderbird", staff=False,
       note="acknowledges a reminder for a coming session, nothing to do")  # fmt: skip
    yes("cp31_brandt_ohne_datum.eml", 10, (1063,), (), "2026-07-03 18:31", re(1063),
        "Moin,\n\nbestätigt, hat stattgefunden.\n\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird",
        note="a yes under our request for 03.07.2026, no day named")  # fmt: skip
    yes("cp32_brandt_bild_eingefroren.eml", 10, (1064,), ("2026-07-10",), "2026-07-10 17:50", re(1064),
        "Hallo,\n\ndie Behandlung am 10.07. hat stattgefunden. Allerdings ist das Bild am Anfang bestimmt fünfmal eingefroren, wir haben deshalb etwa 10 Minuten verloren. Geht das beim nächsten Mal besser?\n\nGruß\nLukas Brandt",
        client="thunderbird", reply="cr-1064", style="thunderbird", staff=True, extra=("technical",),
        note="took place but about 10 minutes lost to a frozen picture")  # fmt: skip
    yes("cp33_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:12", re(1069, "Re"),
        "Hi,\n\nconfirming that my session on 3 August took place.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("cp34_carter_two_late.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"), "2026-08-20 22:40", re(1071, "Re"),
        "Sorry for the late reply - both sessions (Aug 10 and Aug 17) happened as planned.\n\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en")  # fmt: skip
    no("cp35_carter_code.eml", 11, ("technical",), "2026-08-24 11:52", video_link_subject(1072),
       "Hi, the access code from your mail doesn't work, the page says it is invalid. Can someone call me? 0176 55213098\n\nEmily",
       client="gmail", reply="vl-1072", style="gmail_en")  # fmt: skip
    yes("cp36_yildiz_webde.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:01", re(1075),
        "Hallo\nTermin am 05.08 hat stattgefunden\nLG Fatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("cp37_yildiz_mit_frage.eml", 12, (1076,), ("2026-08-12",), "2026-08-12 13:14", re(1076),
        "Hallo, ich bestätige den 12.08.\nFindet nächste Woche Mittwoch die Behandlung statt? Ich habe gehört die wurde abgesagt aber ich habe keine Mail bekommen.\nLG Fatma Yıldız",
        client="samsung", reply="cr-1076", style="samsung", staff=True, extra=("question",),
        note="yes for 12.08. plus a question about the cancelled 19.08.")  # fmt: skip
    yes("cp38_vogel_kanzlei.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:33", re(1082),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich den Erhalt der Leistung (Manuelle Therapie per Video) am 10.09.2026.\n\nMit freundlichen Grüßen\n\nDr. Michael Vogel\nRechtsanwalt\n\nVogel & Partner Rechtsanwälte mbB\nKönigsallee 61, 40215 Düsseldorf\nTel. +49 211 86420-0 | Fax +49 211 86420-99\nAmtsgericht Essen PR 3318",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip


def fourth_quarter() -> None:
    mc.human("cp39_vogel_drei_mit_formular.eml", sender=13, date="2026-10-02 07:52",
             subject="Bestätigung Behandlungen September / Unterlagen",
             body="Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlungen am 17.09.2026, 24.09.2026 und 01.10.2026 stattgefunden haben.\n\nAnbei erhalten Sie außerdem die unterschriebene Datenschutzinformation zur Videobehandlung.\n\nMit freundlichen Grüßen\n\nDr. Michael Vogel",
             client="outlook", files=[mc.pdf("Datenschutzinformation_Videobehandlung_unterschrieben.pdf")],
             label=mc.Label(("confirmation", "forms"), patient=13, confirmed=(1083, 1084, 1085),
                            dates=("2026-09-17", "2026-09-24", "2026-10-01"), forms=("datenschutz_video",),
                            note="three days in a new mail with the signed video data-protection form"))  # fmt: skip
    yes("cp40_lehmann_samsung.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 16:10", re(1087),
        "Ja hat stattgefunden am 8.9.\nGruß Anna",
        client="samsung", reply="cr-1087", style="samsung")  # fmt: skip
    yes("cp41_zimmermann_platt.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:20", re(1093),
        "Moin,\n\ndat hat am Montag, 5.10., allens goot klappt. Bestätig ich hiermit.\n\nGruß\nKlaus Zimmermann",
        client="thunderbird", reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("cp42_schaefer_buero.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:06", re(1098),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Videobehandlung am 07.10.2026 stattgefunden hat.\n\nMit freundlichen Grüßen\n\nBirgit Schäfer\nSteuerberaterin\nSchäfer Steuerberatung | Hauptstraße 12 | 69117 Heidelberg\nTel. 06221 438890",
        client="outlook", reply="cr-1098", style="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    no("cp43_jansen_termin_morgen.eml", 17, ("other",), "2026-10-28 10:30", reminder_subject(1105),
       "Hallo, ich bestätige den Termin morgen um 10 Uhr, bin dabei.\nGruß Ole",
       client="gmail", reply="rem-1105", style="gmail", staff=False,
       note="confirms he will attend the coming session, not a treatment that took place")  # fmt: skip
    yes("cp44_nowak_bottom.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:05", re(1116, "Re"),
        "Bestätige die Behandlung vom 6.11.\n\nD. Nowak",
        client="plain", reply="cr-1116", style="gmail", bottom=True)  # fmt: skip
    no("cp45_hartmann_krank.eml", 20, ("other",), "2026-11-10 19:40", re(1121),
       "Hallo,\n\nich war heute leider krank und konnte nicht teilnehmen, ich habe vergessen abzusagen. Tut mir echt leid!\n\nLG Leonie",
       client="webde", reply="cr-1121", style="webde",
       note="session on 10.11. did not take place")  # fmt: skip


def main() -> None:
    load_practice()
    first_quarter()
    second_quarter()
    third_quarter()
    fourth_quarter()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
