"""Write blind set CR: a plain, representative inbox of the whole year, 45 mails. 35
confirm at least one session: short replies under our request from many mail programs
(with and without the day), a few new mails naming several days, and many patients
coming back after a pause (holiday, illness, hospital, rehab, a trip abroad) who sum up
in their own words, with month names and weekdays, what took place and what did not. A
few carry a question or a problem beside the yes. The 10 look-alikes are replies to
reminders, a cancellation, reschedule wishes, questions about a coming session and
sessions that did not (fully) take place.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cr`.
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

HERE = data_dir("blind_cr")


def short_replies() -> None:
    """Short yeses under our request, with and without the day."""
    yes("cr01_krueger_webde_ja.eml", 1, (1003,), (), "2026-01-27 13:12", re(1003),
        "Ja, hat stattgefunden.\n\nGruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01., no day named")  # fmt: skip
    yes("cr02_becker_gmx_datum.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:41", re(1010),
        "Hiermit bestätigt: 02.02., Manuelle Therapie am Telefon.\n\nT. Becker",
        client="webde", reply="cr-1010", style="webde")  # fmt: skip
    yes("cr03_demir_gmail_smiley.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:47", re(1019),
        "ja hat statt gefunden am 4.3 😊\nlg aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("cr04_wolff_tonline_foermlich.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:55", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich Ihnen die telefonische"
        " Krankengymnastik vom Freitag, dem 16. Januar 2026.\n\nMit freundlichem Gruß\n"
        "Hans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("cr05_schulz_thunderbird_unten.eml", 5, (1034,), (), "2026-04-16 18:20", re(1034),
        "Hat stattgefunden, danke! Der Ton war zwischendurch etwas blechern, aber es ging.\n\n"
        "Marie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", bottom=True,
        note="bottom-posted yes; the remark about the sound asks for nothing")  # fmt: skip
    yes("cr06_hoffmann_outlook_beide_heute.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:08",
        re(1043),
        "Hallo,\n\nbeide Termine heute haben stattgefunden, das Gerätetraining früh und die"
        " Manuelle Therapie mittags.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="under the request for the 12:30 MT session he confirms both sessions of that day")  # fmt: skip
    yes("cr07_popescu_yahoo_lernerin.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:03", re(1046),
        "Guten Tag,\n\nja ich hatte die Therapie heute mit Video, 2 Juni. Es war sehr gut,"
        " danke schön.\n\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("cr08_richter_iphone_jo.eml", 8, (1051,), (), "2026-06-03 21:36", re(1051),
        "Jo passt, hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("cr09_brandt_thunderbird_moin.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 19:02",
        re(1063), "Moin,\n\nTermin am 03.07. hat stattgefunden.\n\nVG Lukas",
        client="thunderbird", reply="cr-1063", style="thunderbird")  # fmt: skip
    yes("cr10_carter_gmail_en.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:40",
        re(1069, "Re"),
        "Hi,\n\nyes, the session on Monday, August 3rd took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("cr11_yildiz_webde_kurz.eml", 12, (1075,), (), "2026-08-05 12:31", re(1075),
        "ja termin war. danke\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("cr12_vogel_outlook_signatur.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:14",
        re(1082),
        "Guten Morgen,\n\nder Termin am 10.09. hat stattgefunden.\n\nMit freundlichen Grüßen\n"
        "Dr. med. Michael Vogel\n\nVogel & Partner Gemeinschaftspraxis\nKönigstraße 14,"
        " 70173 Stuttgart\nTel. 0711 2291-40 · Fax 0711 2291-49",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("cr13_lehmann_frage_verschieben.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 16:22",
        re(1088),
        "Hallo,\n\nja, der Termin am 15.9. hat stattgefunden.\n\nKurze Frage noch: Könnten wir"
        " den Termin am 29.9. eine halbe Stunde später machen? Ich habe an dem Tag eine"
        " Vorlesung bis 13:15 Uhr.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1088", style="thunderbird", staff=True,
        extra=("reschedule",),
        note="a clean yes for 15.9. and a wish to move the session of 29.9.")  # fmt: skip
    yes("cr14_zimmermann_samsung_bairisch.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 14:50",
        re(1093),
        "Servus, de Behandlung am 5.10 hat stattgfundn, basst scho.\nMfg Zimmermann\n\n\n"
        "Gesendet von meinem Galaxy",
        client="samsung", reply="cr-1093", style="samsung")  # fmt: skip
    yes("cr15_schaefer_buero_adresse.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:12",
        re(1099),
        "Guten Morgen,\n\nder Termin am 14.10. hat stattgefunden.\n\nEine Bitte: Schicken Sie"
        " die Mails künftig bitte an meine private Adresse birgit.schaefer@gmx.net, die"
        " Büroadresse lesen auch meine Mitarbeiter.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung · Lindenallee 3 · 50968 Köln · Tel. 0221 3840 112",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer", staff=True,
        extra=("other",),
        note="yes from her second registered address, with a wish to change where we write")  # fmt: skip
    yes("cr16_jansen_platt.eml", 17, (1104,), (), "2026-10-22 12:05", re(1104),
        "Moin,\n\njo, hett allens klappt. Dat weer goot, besten Dank.\n\nOle",
        client="gmail", reply="cr-1104", style="gmail",
        note="Low German yes under our request, no day named")  # fmt: skip
    yes("cr17_nowak_unten_signatur.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:02",
        re(1116, "Re"), "Bestätigt. 6.11., MT per Video.\n\n-- \nDavid Nowak",
        client="thunderbird", reply="cr-1116", style="thunderbird", bottom=True)  # fmt: skip
    yes("cr18_aydin_samsung_kurz.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:26", re(1130),
        "Hallo ja termin war 19.02 telefon alles gut\nMehmet",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("cr19_berger_iphone_mittwoch.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 11:40",
        re(1143),
        "Guten Tag,\nja die Behandlung am Mittwoch, den 13. Mai hat stattgefunden.\n"
        "Freundliche Grüße\nU. Berger\n\nVon meinem iPad gesendet",
        client="iphone", reply="cr-1143", style="iphone")  # fmt: skip


def several_days_and_pauses() -> None:
    """New mails and late answers naming several days, often after a pause."""
    yes("cr20_krueger_kur_zusammenfassung.eml", 1, (1004, 1005, 1008, 1009),
        ("2026-02-03", "2026-02-10", "2026-03-03", "2026-03-10"), "2026-03-12 19:30",
        "Meine Termine Februar/März",
        "Hallo liebes Praxisteam,\n\nich war im Februar zwei Wochen zur Kur und bin erst jetzt"
        " dazu gekommen, alles nachzutragen. Die Videotermine am Dienstag, 3. Februar, und"
        " am 10. Februar haben stattgefunden. Am 17. und 24. Februar war ich in der Kur, da"
        " gab es keine Behandlung – ich hoffe, das wurde bei Ihnen ausgetragen, ich hatte"
        " vorher angerufen. Im März dann wieder normal, am 3. und am 10.\n\nViele Grüße\n"
        "Sabine Krüger",
        client="webde", staff=True,
        note="four sessions took place; 17.02. and 24.02. (still scheduled) did not")  # fmt: skip
    yes("cr21_becker_drei_termine.eml", 2, (1013, 1014, 1015),
        ("2026-02-12", "2026-02-16", "2026-02-19"), "2026-02-20 08:15",
        "Bestätigung Behandlungen",
        "Guten Morgen,\n\nich bestätige die telefonischen Behandlungen vom 12.2., 16.2. und"
        " 19.2.2026.\n\nMit freundlichen Grüßen\nThomas Becker",
        client="thunderbird")  # fmt: skip
    yes("cr22_demir_nach_grippe.eml", 3, (1020, 1021, 1022, 1024, 1026),
        ("2026-03-11", "2026-03-18", "2026-03-25", "2026-04-08", "2026-04-22"),
        "2026-04-24 09:10", "Termine März und April",
        "Hallo,\n\nsorry dass ich mich erst jetzt melde, ich hatte eine fiese Grippe. Also:"
        " im März hatten wir am 11., 18. und 25. Termin, die haben alle stattgefunden. Der"
        " 1. April war ja von euch abgesagt. Am 8. April war wieder Termin, am 15. April lag"
        " ich mit Fieber im Bett und war nicht im Video, das hab ich leider vergessen"
        " abzusagen. Am Mittwoch, 22. April, war ich wieder dabei.\n\nLiebe Grüße\nAylin",
        client="gmail", staff=True,
        note="15.04. is still scheduled but did not take place; 01.04. was cancelled by us")  # fmt: skip
    yes("cr23_wolff_krankenhaus_knie.eml", 4, (1029, 1030, 1031),
        ("2026-01-23", "2026-01-30", "2026-02-06"), "2026-03-09 10:25",
        "Telefontermine Januar/Februar",
        "Sehr geehrte Damen und Herren,\n\nentschuldigen Sie die späte Antwort, ich lag nach"
        " einer Knie-OP im Krankenhaus. Die Telefontermine am 23. und 30. Januar sowie am 6."
        " Februar haben stattgefunden. Den 13. und den 20. Februar konnte ich wegen der"
        " Operation nicht wahrnehmen. Meine Frau wollte bei Ihnen anrufen und absagen, ich"
        " weiß aber nicht, ob sie Sie erreicht hat.\n\nMit freundlichem Gruß\n"
        "Hans-Jürgen Wolff",
        client="tonline", staff=True,
        note="13.02. and 20.02. are still scheduled and did not take place")  # fmt: skip
    yes("cr24_schulz_pfingsten.eml", 5, (1037, 1038, 1039),
        ("2026-05-07", "2026-05-21", "2026-05-28"), "2026-06-02 20:05",
        "Rückmeldung Mai",
        "Hallo,\n\nzurück aus dem Urlaub! Ich trage noch den Mai nach: Donnerstag, 7. Mai,"
        " war die Stunde per Video, in der Woche danach hatten wir ja keinen Termin, dann am"
        " 21. und am 28. Mai wieder. Alles gut gelaufen, dem Rücken geht es besser.\n\n"
        "Grüße\nMarie Schulz",
        client="thunderbird",
        note="a pause in a week without appointment; all three named days took place")  # fmt: skip
    yes("cr25_popescu_rumaenien.eml", 7, (1047, 1048, 1050),
        ("2026-06-09", "2026-06-16", "2026-06-30"), "2026-07-06 18:44", "Therapie Juni",
        "Guten Tag,\n\nich war in Rumänien bei meine Mutter, sie war krank, darum schreibe ich"
        " erst jetzt. Therapie am 9 Juni und 16 Juni habe ich gemacht. 23 Juni nicht, ich war"
        " schon im Flugzeug, entschuldigung. 30 Juni habe ich gemacht aus Rumänien mit dem"
        " Handy, das ging gut.\n\nViele Grüße\nElena Popescu",
        client="yahoo", staff=True,
        note="23.06. is still scheduled and did not take place")  # fmt: skip
    yes("cr26_neumann_tochter_hamburg.eml", 9, (1056, 1057, 1058, 1059, 1060, 1061),
        ("2026-07-07", "2026-07-09", "2026-07-14", "2026-07-16", "2026-07-21", "2026-07-23"),
        "2026-08-03 11:20", "Meine Anrufe im Juli",
        "Liebes Praxisteam,\n\nich war ab dem 19. Juli bei meiner Tochter in Hamburg und"
        " komme erst jetzt wieder an den Computer. Die Anrufe am Dienstag, 7.7., am"
        " Donnerstag, 9.7., und am 14. und 16. Juli waren alle. Am 21. und 23. Juli haben"
        " Sie mich auf dem Handy in Hamburg angerufen, das hat gut geklappt. Den Termin am"
        " 28. Juli habe ich leider verpasst, da war ich beim Augenarzt, das tut mir leid.\n\n"
        "Herzliche Grüße\nGisela Neumann",
        client="plain", staff=True,
        note="six sessions took place; 28.07. was missed (still scheduled); 19.07. is no session")  # fmt: skip
    yes("cr27_brandt_urlaub_spaet.eml", 10, (1064, 1065, 1066, 1067, 1068),
        ("2026-07-10", "2026-07-17", "2026-07-24", "2026-07-31", "2026-08-07"),
        "2026-08-20 22:14", "Bestätigung Juli/August",
        "Hi,\n\nsorry für die späte Rückmeldung, war im Urlaub und die Mails sind liegen"
        " geblieben. Bestätige hiermit die Termine vom 10., 17., 24. und 31. Juli sowie vom"
        " 7. August, haben alle stattgefunden.\n\nVG Lukas Brandt",
        client="thunderbird")  # fmt: skip
    yes("cr28_carter_ireland_recap.eml", 11, (1070, 1071, 1074),
        ("2026-08-10", "2026-08-17", "2026-09-07"), "2026-09-07 17:52", re(1074, "Re"),
        "Hi there,\n\nconfirming today's session (7 Sept) – it took place, thanks.\n\nWhile I'm"
        " at it, a quick recap since I've been away in Ireland: the sessions on 10 and 17"
        " August happened as planned. I missed 24 and 31 August because I was travelling. I"
        " think I told your colleague on the phone, but I'm not sure it got through.\n\n"
        "Best,\nEmily Carter",
        client="gmail", reply="cr-1074", style="gmail_en", staff=True,
        note="24.08. and 31.08. are still scheduled and did not take place")  # fmt: skip
    yes("cr29_yildiz_abgesagt_erwaehnt.eml", 12, (1076, 1078, 1079, 1080),
        ("2026-08-12", "2026-08-26", "2026-09-02", "2026-09-09"), "2026-09-12 10:03",
        "Termine bestätigen",
        "Hallo,\n\nich will noch Termine bestätigen: 12. August ja, 19. August hatten Sie"
        " abgesagt, 26. August ja, 2. September ja und 9. September auch ja.\n\nGruß\n"
        "Fatma Yıldız",
        client="webde",
        note="19.08. was cancelled by us and she says so; the other four took place")  # fmt: skip
    yes("cr30_vogel_kongress_nachtrag.eml", 13, (1083, 1084, 1085, 1086),
        ("2026-09-17", "2026-09-24", "2026-10-01", "2026-10-08"), "2026-10-09 07:41",
        "Nachtrag Bestätigungen",
        "Guten Morgen,\n\nals Nachtrag: Die Termine am 17.09., 24.09. und 01.10. fanden statt,"
        " ebenso der gestrige am Donnerstag, 8. Oktober. Ich war zwischendurch auf einem"
        " Kongress, habe die Termine aber jeweils morgens vom Hotel aus wahrgenommen.\n\n"
        "Mit freundlichen Grüßen\nDr. med. Michael Vogel\nTel. 0711 2291-40",
        client="outlook")  # fmt: skip
    yes("cr31_lehmann_corona.eml", 14, (1089, 1091, 1092),
        ("2026-09-22", "2026-10-06", "2026-10-13"), "2026-10-14 21:30", "Meine Termine",
        "Hallo,\n\nich hatte Ende September Corona und hab ein bisschen den Überblick"
        " verloren. Am Dienstag, 22.9., hatten wir noch ganz normal Termin. Am 29.9. war ich zu"
        " krank und hab mich gar nicht eingeloggt – sorry, ich hab vergessen abzusagen. Am 6."
        " und 13. Oktober dann wieder wie immer.\n\nViele Grüße\nAnna",
        client="thunderbird", staff=True,
        note="29.09. is still scheduled and did not take place")  # fmt: skip
    yes("cr32_zimmermann_oktober_november.eml", 15, (1094, 1095, 1097),
        ("2026-10-12", "2026-10-19", "2026-11-02"), "2026-11-03 09:12", "Bestätigung",
        "Guten Tag,\n\nich bestätige die Anrufe vom 12. und 19. Oktober und vom 2. November."
        " Der 26. Oktober ist ja ausgefallen.\n\nMfG K. Zimmermann",
        client="plain",
        note="26.10. was cancelled and he says so")  # fmt: skip
    yes("cr33_schaefer_reha.eml", 16, (1100, 1103), ("2026-10-21", "2026-11-11"),
        "2026-11-12 08:40", "Rückmeldung nach der Reha",
        "Liebes Team,\n\nnach meiner Reha melde ich mich zurück. Am Mittwoch, 21. Oktober,"
        " hatten wir noch unseren Videotermin, danach war ich drei Wochen in Bad Kissingen."
        " Die Termine am 28. Oktober und 4. November habe ich dort nicht geschafft, das"
        " Programm war zu voll. Gestern, am 11.11., war ich dann wieder dabei.\n\nViele Grüße\n"
        "Birgit Schäfer",
        client="webde", staff=True,
        note="28.10. and 04.11. are still scheduled and did not take place")  # fmt: skip
    yes("cr34_koch_huefte.eml", 18, (1109, 1110, 1111, 1114),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-13"), "2026-04-20 14:15",
        "Termine März/April",
        "Guten Tag,\n\nich komme leider erst jetzt dazu. Ich war vom 31. März bis 10. April im"
        " Krankenhaus wegen meiner Hüfte. Stattgefunden haben: Montag, 23. März, Mittwoch,"
        " 25. März, Montag, 30. März, und dann wieder Montag, 13. April. Die Termine am 1."
        " und 8. April konnte ich natürlich nicht wahrnehmen.\n\nMit freundlichen Grüßen\n"
        "Renate Koch",
        client="tonline", staff=True,
        note="01.04. and 08.04. are still scheduled and did not take place")  # fmt: skip
    yes("cr35_oneill_dublin_question.eml", 23, (1137, 1138, 1140, 1141),
        ("2026-04-21", "2026-04-28", "2026-05-12", "2026-05-19"), "2026-05-22 08:30",
        "Sessions April/May",
        "Hi there,\n\napologies for the radio silence, I was on a business trip to Dublin."
        " Quick recap: Tuesday 21 April and Tuesday 28 April both took place. On 5 May I had"
        " to skip because of a delayed flight. 12 May and 19 May took place by phone from the"
        " hotel.\n\nCould you let me know whether the missed session on the 5th will be"
        " charged?\n\nCheers,\nJames O'Neill",
        client="outlook", staff=True, extra=("question",),
        note="05.05. is still scheduled and did not take place; a billing question")  # fmt: skip


def look_alikes() -> None:
    """Mails that look like confirmations and confirm nothing."""
    no("cr36_krueger_erinnerung_dabei.eml", 1, ("other",), "2026-03-09 11:02",
       reminder_subject(1009),
       "Alles klar, danke für die Erinnerung, ich bin morgen dabei.\n\nS. Krüger",
       client="webde", reply="rem-1009", style="webde", staff=False,
       note="a reply to the reminder before the session: nothing to record, nothing to do")  # fmt: skip
    no("cr37_nowak_niemand_kam.eml", 19, ("other",), "2026-11-20 09:48", re(1118, "Re"),
       "Hallo,\n\nheute hat es nicht stattgefunden: Ich war ab 8 Uhr im Video, aber es kam"
       " niemand dazu. Nach einer Viertelstunde habe ich aufgegeben. Was ist da passiert?\n\n"
       "-- \nDavid Nowak",
       client="thunderbird", reply="cr-1118", style="thunderbird", bottom=True,
       note="under our request: the session of 20.11. did not take place")  # fmt: skip
    no("cr38_schulz_absage_21mai.eml", 5, ("cancellation",), "2026-05-15 09:30",
       "Absage Donnerstag",
       "Hallo,\n\nam Donnerstag, den 21. Mai, kann ich leider nicht, ich habe einen"
       " Zahnarzttermin, der sich nicht verschieben lässt. Bitte sagen Sie den Termin ab.\n\n"
       "Danke und Grüße\nMarie Schulz",
       client="thunderbird")  # fmt: skip
    no("cr39_hoffmann_verschieben.eml", 6, ("reschedule",), "2026-05-31 09:12",
       reminder_subject(1045),
       "Hallo,\n\nkönnten wir den Termin morgen ausnahmsweise auf 8:30 Uhr schieben? Ich habe"
       " früh einen Anruf aus den USA.\n\nBeste Grüße\nPeter Hoffmann",
       client="outlook", reply="rem-1045", style="outlook")  # fmt: skip
    no("cr40_brandt_tablet_frage.eml", 10, ("question",), "2026-08-04 18:20",
       video_link_subject(1068),
       "Hi,\n\nfunktioniert der Code auch auf dem Tablet? Am Freitag bin ich unterwegs und"
       " habe keinen Laptop dabei.\n\nVG Lukas",
       client="thunderbird", reply="vl-1068", style="thunderbird",
       note="a question about a coming session")  # fmt: skip
    no("cr41_popescu_absage_reise.eml", 7, ("cancellation",), "2026-06-22 13:15",
       reminder_subject(1049),
       "Guten Tag,\n\nmorgen kann ich nicht, ich fliege nach Rumänien, meine Mutter ist"
       " krank. Bitte absagen. Für den 30 Juni weiss ich noch nicht, ich schreibe wieder.\n\n"
       "Elena Popescu",
       client="yahoo", reply="rem-1049", style="yahoo")  # fmt: skip
    no("cr42_aydin_keiner_angerufen.eml", 22, ("question",), "2026-03-12 14:20", re(1133),
       "Hallo, heute hat keiner angerufen. Ich hab bis 13 uhr gewartet mit handy. Was ist"
       " los? Mehmet",
       client="samsung", reply="cr-1133", style="samsung",
       note="under our request: the phone session of 12.03. did not take place")  # fmt: skip
    no("cr43_carter_move_session.eml", 11, ("reschedule",), "2026-08-23 14:05",
       reminder_subject(1072, "Re"),
       "Hi,\n\nthanks for the reminder. I'll be on a train at noon tomorrow, could we move"
       " the session to Wednesday, same time?\n\nEmily",
       client="gmail", reply="rem-1072", style="gmail_en")  # fmt: skip
    no("cr44_hartmann_ton_abgebrochen.eml", 20, ("technical", "question"), "2026-11-03 19:10",
       re(1120),
       "Hallo,\n\nheute hatte ich Probleme mit dem Ton, wir mussten nach zehn Minuten"
       " abbrechen. Zählt das trotzdem als Termin? Nächste Woche hätte ich gern das Telefon"
       " als Plan B.\n\nLG Leonie Hartmann",
       client="webde", reply="cr-1120", style="webde",
       note="the session of 03.11. was broken off after ten minutes: not confirmed")  # fmt: skip
    no("cr45_jansen_geraete_frage.eml", 17, ("question",), "2026-11-02 19:40",
       video_link_subject(1106),
       "Moin,\n\nbrauche ich für KG am Gerät am Donnerstag eigentlich was Bestimmtes zu"
       " Hause? Ich hab nur ein Theraband und eine Kurzhantel.\n\nOle",
       client="gmail", reply="vl-1106", style="gmail",
       note="a question about a coming session")  # fmt: skip


def main() -> None:
    load_practice()
    short_replies()
    several_days_and_pauses()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
