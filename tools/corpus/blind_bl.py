"""Write blind set BL: a plain, representative inbox of the whole year, 43 mails.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bl`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.

The patients of practice.toml answer as they really do, leaning to patients who confirm
several of our requests in one mail, late (after illness, a holiday, a busy stretch), and
name the days in many ways (dates, weekdays, "heute", "die letzten drei Dienstage", months
written out, English forms); a few short replies under our request with or without the
day, a few with a question, a technical problem, a reschedule wish, a day that is cancelled
or matches nothing beside the yes. Ten look-alikes: a missed session, a session cut short,
a session the therapist did not join, a call that never came, a cancellation, a reschedule,
a question about the coming session, a thank-you to a reminder, a "confirmation" of a day
that is cancelled in our records, a cancellation in English.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bl")


def krueger_becker() -> None:
    yes("bl01_krueger_heute_vormittag.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:48", re(1003, "Aw"),
        "Hallo,\n\nja, die Stunde heute Vormittag hat geklappt, Bild und Ton waren diesmal auch gut.\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="'heute Vormittag' under our request for 27.01.")  # fmt: skip
    yes("bl02_krueger_krank_drei.eml", 1, (1004, 1005, 1006), ("2026-02-03", "2026-02-10", "2026-02-17"),
        "2026-02-19 09:12", re(1006, "Re"),
        "Guten Morgen,\n\nentschuldigen Sie bitte, dass ich mich erst jetzt melde – ich war krank und bin"
        " mit allem hinterher. Die Videotermine am 3.2., 10.2. und 17.2. sind alle wie geplant gelaufen.\n\n"
        "Liebe Grüße\nSabine Krüger",
        client="gmail", reply="cr-1006", style="gmail",
        note="three days at once, late after illness")  # fmt: skip
    yes("bl03_krueger_zwei_dienstage.eml", 1, (1007, 1008), ("2026-02-24", "2026-03-03"), "2026-03-04 07:55",
        re(1008, "Re"),
        "Hallo, bestätige die letzten zwei Dienstage, 24. Februar und 3. März. War beide Male da.\n\n"
        "Gruß Sabine\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1008", style="iphone")  # fmt: skip
    yes("bl04_krueger_rezept_frage.eml", 1, (1009,), ("2026-03-10",), "2026-03-10 17:30", re(1009, "Re"),
        "Hallo Praxis-Team,\n\nder Termin am 10.03. hat stattgefunden.\n\nDas war ja jetzt die letzte"
        " Einheit auf meinem Rezept. Mein Hausarzt würde mir noch eine Verordnung ausstellen – soll ich"
        " die einscannen und Ihnen mailen, oder brauchen Sie das Original per Post?\n\n"
        "Mit freundlichen Grüßen\nSabine Krüger",
        client="thunderbird", reply="cr-1009", style="thunderbird", staff=True, extra=("question",),
        note="yes plus a question about a new prescription")  # fmt: skip
    yes("bl05_becker_gesammelt.eml", 2, (1010, 1011, 1012), ("2026-02-02", "2026-02-05", "2026-02-09"),
        "2026-02-10 08:15", "Bestätigung meiner Termine",
        "Guten Morgen,\n\nich bin bei den Antworten etwas durcheinander gekommen, daher gesammelt: die"
        " Telefonbehandlungen (MT) am Mo 2.2., Do 5.2. und Mo 9.2. haben jeweils stattgefunden.\n\n"
        "Beste Grüße\nThomas Becker",
        client="outlook", note="new mail, three days with weekday abbreviations")  # fmt: skip
    yes("bl06_becker_kurz.eml", 2, (1013,), ("2026-02-12",), "2026-02-12 19:41", re(1013),
        "Ja 12.2. war ok\n\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1013", style="samsung")  # fmt: skip
    yes("bl07_becker_vier_februar.eml", 2, (1014, 1015, 1016, 1017),
        ("2026-02-16", "2026-02-19", "2026-02-23", "2026-02-26"), "2026-03-01 11:02", re(1017, "Re"),
        "Hallo zusammen,\n\nich war beruflich viel unterwegs und hole das jetzt nach: die Termine am 16.,"
        " 19., 23. und 26. Februar haben alle stattgefunden, jeweils abends am Telefon.\n\n"
        "Gruß\nThomas Becker",
        client="gmail", reply="cr-1017", style="gmail", note="four days, month named once")  # fmt: skip


def demir_wolff() -> None:
    yes("bl08_demir_nur_ja.eml", 3, (1019,), (), "2026-03-04 10:37", re(1019, "Re"),
        "ja hat geklappt, danke!! 🙂\n\naylin",
        client="gmail", reply="cr-1019", style="gmail",
        note="a yes under our request for 04.03., no day named")  # fmt: skip
    yes("bl09_demir_drei_maerz.eml", 3, (1020, 1021, 1022), ("2026-03-11", "2026-03-18", "2026-03-25"),
        "2026-03-27 21:14", re(1022, "Re"),
        "Hallo! Sorry dass ich so spät antworte, hatte die Mails total übersehen. Die Termine am 11., 18."
        " und 25.03. waren alle 👍\nLG Aylin Demir",
        client="iphone", reply="cr-1022", style="iphone")  # fmt: skip
    yes("bl10_demir_april_abgesagt.eml", 3, (1024,), ("2026-04-08",), "2026-04-09 12:20", "Termine April",
        "Hallo,\n\nhiermit bestätige ich die Termine vom 01.04. und 08.04.\n\nViele Grüße\nAylin Demir",
        client="gmail", staff=True,
        note="01.04. is cancelled in our records: only 08.04. recorded, staff to look at 01.04.")  # fmt: skip
    no("bl11_demir_verpennt.eml", 3, ("reschedule",), "2026-04-22 10:05", re(1026, "Re"),
       "Hallo, ich war heute leider nicht im Termin, hab total verpennt 🙈 Sorry!! Kann man das"
       " irgendwie nachholen?\nLG Aylin",
       client="gmail", reply="cr-1026", style="gmail",
       note="missed the session of 22.04.: nothing to confirm, wants a new date")  # fmt: skip
    yes("bl12_wolff_foermlich.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:05", re(1028, "Re"),
        "Sehr geehrte Damen und Herren,\n\nhiermit teile ich Ihnen mit, dass die telefonische Behandlung"
        " am Freitag, dem 16. Januar 2026, durchgeführt wurde.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("bl13_wolff_nachtrag_februar.eml", 4, (1031, 1032, 1033), ("2026-02-06", "2026-02-13", "2026-02-20"),
        "2026-03-09 10:30", "Nachtrag Bestätigung Februar",
        "Guten Tag,\n\nich habe leider versäumt, die letzten Termine zu bestätigen. Die Telefonate am 6.,"
        " 13. und 20. Februar fanden statt, jeweils um 14 Uhr.\n\nMfG\nH.-J. Wolff\nTel. 0351 4471290",
        client="tonline", note="new mail, weeks late, time and phone number beside the days")  # fmt: skip


def schulz_hoffmann() -> None:
    yes("bl14_schulz_donnerstag.eml", 5, (1034,), ("2026-04-16",), "2026-04-17 08:10", re(1034, "Re"),
        "Hallo,\n\nja, der Donnerstag hat gut geklappt. Danke!\n\nMarie",
        client="apple", reply="cr-1034", style="iphone",
        note="'der Donnerstag' the morning after = 16.04.")  # fmt: skip
    yes("bl15_schulz_vier_feiertag.eml", 5, (1035, 1036, 1037),
        ("2026-04-23", "2026-04-30", "2026-05-07", "2026-05-14"), "2026-05-15 19:02", "Bestätigung",
        "Hallo liebes Team,\n\nich habe noch einige Bestätigungen offen, sorry! Die Videotermine am 23.4.,"
        " 30.4., 7.5. und gestern, 14.5., haben alle stattgefunden.\n\nLiebe Grüße\nMarie Schulz",
        client="apple", staff=True,
        note="14.05. (Ascension Day) is no appointment of hers: staff must look; the other three recorded")  # fmt: skip
    no("bl16_schulz_verschieben.eml", 5, ("reschedule",), "2026-05-27 16:10", "Re: Erinnerung: Ihr Termin am 28.05.2026",
       "Hallo, könnten wir den Termin morgen auf 17 Uhr schieben? Ich schaffe es von der Arbeit nicht"
       " früher nach Hause. Danke! Marie",
       client="apple", reply="rem-1039", style="iphone",
       note="reply to a reminder, wants another time tomorrow")  # fmt: skip
    yes("bl17_hoffmann_beide_heute.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:10", re(1043),
        "Hallo,\n\nbeide Termine heute (18.05.), morgens das Gerätetraining und mittags die Manuelle"
        " Therapie, haben stattgefunden.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on one day, both confirmed")  # fmt: skip
    no("bl18_hoffmann_frage_morgen.eml", 6, ("question",), "2026-05-31 19:00",
       "AW: Erinnerung: Ihr Termin am 01.06.2026",
       "Guten Abend,\n\nkurze Frage zu morgen früh: Brauche ich für das Gerätetraining etwas Bestimmtes"
       " zu Hause, oder reicht das Theraband? Ein Gymnastikball wäre vorhanden.\n\nGruß P. Hoffmann",
       client="outlook", reply="rem-1045", style="outlook",
       note="question about the coming session")  # fmt: skip


def popescu_richter_neumann() -> None:
    yes("bl19_popescu_zwei_spaet.eml", 7, (1047, 1048), ("2026-06-09", "2026-06-16"), "2026-06-18 20:45",
        re(1048, "Re"),
        "Guten Tag,\n\nich bestätige die Termin am 9.6 und 16.6, beide war stattgefunden. Entschuldigung"
        " das ich spät schreibe, mein Kind war krank.\n\nMit freundliche Grüße\nElena Popescu",
        client="yahoo", reply="cr-1048", style="yahoo", note="learner's German, two days, late")  # fmt: skip
    no("bl20_popescu_abgebrochen.eml", 7, ("technical", "question"), "2026-06-23 12:50", re(1049, "Re"),
       "Hallo, heute das Termin war nur ungefähr 10 minuten, dann Internet ist weg gegangen und ich"
       " konnte nicht wieder rein. Ist das trotzdem ok oder muss ich neu machen?\nElena",
       client="yahoo", reply="cr-1049", style="yahoo",
       note="session of 23.06. cut short after 10 minutes: not a confirmation, staff decides")  # fmt: skip
    yes("bl21_richter_juni.eml", 8, (1051, 1052, 1053, 1054),
        ("2026-06-03", "2026-06-10", "2026-06-17", "2026-06-24"), "2026-06-26 23:10", re(1054, "Re"),
        "Hey, sorry, bin mit den Mails hinterher. Alle vier Mittwoche im Juni haben stattgefunden: 3.,"
        " 10., 17. und 24.\n\nGruß Jonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1054", style="iphone")  # fmt: skip
    yes("bl22_neumann_urlaub_juli.eml", 9, (1058, 1059, 1060, 1061, 1062),
        ("2026-07-14", "2026-07-16", "2026-07-21", "2026-07-23", "2026-07-28"), "2026-08-14 10:20",
        re(1062, "Re"),
        "Liebes Praxis-Team,\n\nich war drei Wochen bei meiner Tochter in Freiburg und lese meine Mails"
        " erst jetzt. Die Telefontermine im Juli haben alle stattgefunden: Dienstag 14.7., Donnerstag"
        " 16.7., Dienstag 21.7., Donnerstag 23.7. und Dienstag 28.7.\n\nHerzliche Grüße\nGisela Neumann",
        client="thunderbird", reply="cr-1062", style="thunderbird",
        note="five days, weeks late after a holiday")  # fmt: skip
    no("bl23_neumann_absage.eml", 9, ("cancellation",), "2026-07-20 10:15",
       "Re: Erinnerung: Ihr Termin am 21.07.2026",
       "Guten Morgen,\n\nleider muss ich den Termin morgen früh absagen, ich habe kurzfristig einen"
       " Termin beim Augenarzt bekommen. Bitte geben Sie mir einen neuen Termin.\n\n"
       "Herzliche Grüße\nGisela Neumann",
       client="thunderbird", reply="rem-1060", style="thunderbird")  # fmt: skip


def brandt_carter_yildiz() -> None:
    yes("bl24_brandt_moin_zwei.eml", 10, (1063, 1064), ("2026-07-03", "2026-07-10"), "2026-07-11 09:40",
        re(1064, "Re"),
        "Moin,\n\n3.7. und 10.7. beide durchgeführt.\n\nGruß Lukas",
        client="thunderbird", reply="cr-1064", style="thunderbird")  # fmt: skip
    yes("bl25_brandt_ton_weg.eml", 10, (1065,), ("2026-07-17",), "2026-07-17 18:05", re(1065, "Re"),
        "Moin,\n\n17.07. hat stattgefunden. Allerdings war der Ton bei mir ungefähr die Hälfte der Zeit"
        " weg, wir haben dann übers Handy weitergemacht. Liegt das an mir oder an Ihrer Plattform?"
        " Nächste Woche wäre ich gern wieder per Video dabei.\n\nGruß\nLukas Brandt",
        client="thunderbird", reply="cr-1065", style="thunderbird", staff=True,
        extra=("technical", "question"),
        note="session held (finished by phone), a sound problem and a question beside the yes")  # fmt: skip
    yes("bl26_carter_catching_up.eml", 11, (1070, 1071, 1072), ("2026-08-10", "2026-08-17", "2026-08-24"),
        "2026-08-28 09:30", re(1072, "Re"),
        "Hi,\n\nSorry, I'm catching up on emails after a hectic couple of weeks. Confirming that my"
        " sessions on 10 Aug, 17 Aug and this Monday the 24th all went ahead.\n\nBest,\nEmily",
        client="gmail", reply="cr-1072", style="gmail_en", note="English, three days")  # fmt: skip
    yes("bl27_carter_yes_move_next.eml", 11, (1073,), ("2026-08-31",), "2026-08-31 14:40", re(1073, "Re"),
        "Yes, today's session (31 Aug) took place, thank you!\n\nQuick one: could we move next Monday,"
        " 7 Sept, to later in the afternoon? I have a dentist appointment at 11:30 and won't be back by"
        " 12.\n\nThanks,\nEmily Carter",
        client="gmail", reply="cr-1073", style="gmail_en", staff=True, extra=("reschedule",),
        note="yes for 31.08. plus a reschedule wish for 07.09.")  # fmt: skip
    yes("bl28_yildiz_abgesagt_erwaehnt.eml", 12, (1076, 1078), ("2026-08-12", "2026-08-26"),
        "2026-08-27 08:50", re(1078, "Aw"),
        "Hallo\n\nich bestätige termin 12.8 und 26.8. Am 19.8 war ja abgesagt.\n\nGruß Fatma Yildiz",
        client="webde", reply="cr-1078", style="webde",
        note="19.08. named as cancelled, which it is: nothing for staff")  # fmt: skip
    yes("bl29_yildiz_ja.eml", 12, (1079,), (), "2026-09-02 12:40", re(1079, "Aw"),
        "Ja\n\nFatma",
        client="webde", reply="cr-1079", style="webde",
        note="a bare yes under our request for 02.09.")  # fmt: skip


def vogel_lehmann_schaefer() -> None:
    yes("bl30_vogel_signatur.eml", 13, (1082, 1083, 1084), ("2026-09-10", "2026-09-17", "2026-09-24"),
        "2026-09-25 07:45", re(1084),
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlungen vom 10.09., 17.09. und"
        " 24.09.2026.\n\nMit freundlichen Grüßen\n\nDr. Michael Vogel\nRechtsanwalt | Fachanwalt für"
        " Arbeitsrecht\nVogel & Partner Rechtsanwälte mbB\nHohenzollernring 52, 50672 Köln\n"
        "Tel. +49 221 9876 5430 | Fax +49 221 9876 5439\nm.vogel@vogel-partner.de\n\n"
        "Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige"
        " Adressat sein, informieren Sie bitte den Absender und löschen Sie diese E-Mail.",
        client="outlook", reply="cr-1084", style="outlook",
        note="three days; phone numbers and an address in the signature")  # fmt: skip
    yes("bl31_lehmann_drei_dienstage.eml", 14, (1087, 1088, 1089), ("2026-09-08", "2026-09-15", "2026-09-22"),
        "2026-09-23 22:15", re(1089, "Re"),
        "Hallo,\n\nich hatte vergessen zu antworten - die letzten drei Dienstage (8./15./22.9.) war ich"
        " jeweils per Video dabei, alles hat geklappt.\n\nViele Grüße\nAnna Lehmann\n\n-- \n"
        "Anna Lehmann\nInstitut für Sportwissenschaft\nUniversität Beispielstadt",
        client="thunderbird", reply="cr-1089", style="thunderbird")  # fmt: skip
    no("bl32_lehmann_bin_dabei.eml", 14, ("other",), "2026-09-28 13:40",
       "Re: Erinnerung: Ihr Termin am 29.09.2026",
       "Danke für die Erinnerung, ich bin morgen dabei!\n\nAnna",
       client="thunderbird", reply="rem-1090", style="thunderbird", staff=False,
       note="thanks for a reminder of a coming session: nothing to do")  # fmt: skip
    yes("bl33_schaefer_bueroadresse.eml", 16, (1098, 1099), ("2026-10-07", "2026-10-14"), "2026-10-15 08:30",
        "Bestätigung Termine 07.10. und 14.10.",
        "Guten Morgen,\n\nich schreibe von meiner Büroadresse, da ich privat gerade nicht reinkomme: Die"
        " Videotermine am Mittwoch, 07.10., und gestern Abend, 14.10., haben stattgefunden.\n\n"
        "Freundliche Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatung\nTel. 0711 555 20 30",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    no("bl34_zimmermann_abgesagter_tag.eml", 15, ("confirmation",), "2026-10-27 09:00", "Termin 26.10.",
       "Guten Tag,\n\nden Termin am Montag, 26.10., um 11 Uhr kann ich bestätigen, der Anruf kam"
       " pünktlich.\n\nMit freundlichen Grüßen\nKlaus Zimmermann",
       note="26.10. is cancelled in our records: nothing may be recorded, staff must look")  # fmt: skip


def the_rest() -> None:
    yes("bl35_koch_letzte_diese_woche.eml", 18, (1109, 1110, 1111, 1112),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01"), "2026-04-01 16:50", re(1112, "Re"),
        "Guten Tag,\n\nich bestätige die Telefontermine von letzter Woche Montag und Mittwoch (23. und"
        " 25. März) und von dieser Woche, Montag und heute Mittwoch.\n\nMit freundlichen Grüßen\n"
        "Renate Koch",
        client="tonline", reply="cr-1112", style="tonline",
        note="days named as weekdays of last and this week: 23.03., 25.03., 30.03., 01.04.")  # fmt: skip
    yes("bl36_nowak_unten.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:15", re(1116, "Re"),
        "Ja, die Behandlung am Freitag, 6.11., hat stattgefunden.\n\nD. Nowak",
        reply="cr-1116", style="gmail", bottom=True, note="bottom-posted under our quote")  # fmt: skip
    no("bl37_nowak_niemand_kam.eml", 19, ("other", "reschedule"), "2026-11-20 09:50", re(1118, "Re"),
       "Guten Morgen,\n\nder Termin heute hat nicht stattgefunden. Ich war ab 7:55 im Videoraum und habe"
       " bis 8:20 gewartet, es ist niemand gekommen. Bitte nicht abrechnen und mir einen Ersatztermin"
       " anbieten.\n\nDavid Nowak",
       reply="cr-1118", style="gmail",
       note="the therapist did not join on 20.11.: nothing to confirm")  # fmt: skip
    yes("bl38_hartmann_erste_stunde.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:20", re(1120, "Aw"),
        "Hallo,\n\ndie erste Stunde am 3.11. war super, vielen Dank! Auch das mit dem Video hat ohne"
        " Probleme funktioniert.\n\nLiebe Grüße\nLeonie Hartmann",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("bl39_aydin_vier_termine.eml", 22, (1130, 1131, 1132, 1133),
        ("2026-02-19", "2026-02-26", "2026-03-05", "2026-03-12"), "2026-03-13 08:05", "termine",
        "Hallo\nich bestätige telefon termine 19.02 26.02 05.03 und 12.03 alles gemacht\nDanke\n"
        "Mehmet Aydin",
        client="outlook", note="new mail, learner's German, four days without dots at the end")  # fmt: skip
    no("bl40_aydin_kein_anruf.eml", 22, ("other", "reschedule"), "2026-03-26 14:20", re(1135),
       "Hallo, heute kein anruf bekommen, ich habe gewartet um 12.30. Bitte neue termin geben.\n"
       "Mehmet Aydin",
       client="outlook", reply="cr-1135", style="outlook",
       note="the call of 26.03. never came: nothing to confirm")  # fmt: skip
    yes("bl41_oneill_two_tuesdays.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21"), "2026-04-22 08:05",
        re(1137, "RE"),
        "Hello,\n\nJust confirming that both phone sessions, Tuesday 14 April and yesterday (21 April),"
        " went ahead as planned.\n\nKind regards,\nJames O'Neill",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    no("bl42_oneill_cancel.eml", 23, ("cancellation", "reschedule"), "2026-05-13 08:00",
       "Cancel session 19 May",
       "Hi,\n\nI'm afraid I'll have to cancel next Tuesday's call (19 May) – I'm travelling for work"
       " that week. Could we find another slot?\n\nThanks,\nJames",
       client="outlook")  # fmt: skip
    yes("bl43_berger_mai_juni.eml", 24, (1142, 1143, 1144, 1145, 1146, 1147),
        ("2026-05-06", "2026-05-13", "2026-05-20", "2026-05-27", "2026-06-03", "2026-06-10"),
        "2026-07-20 11:30", "Bestätigung meiner Behandlungen Mai/Juni",
        "Sehr geehrtes Praxisteam,\n\nbeim Aufräumen meines Postfachs habe ich gemerkt, dass ich Ihnen"
        " nie geantwortet habe. Entschuldigung! Meine Telefonbehandlungen haben alle stattgefunden, und"
        " zwar im Mai am 6., 13., 20. und 27. und im Juni am 3. und 10.\n\nMit freundlichen Grüßen\n"
        "Ursula Berger",
        note="six days named by month, weeks late")  # fmt: skip


def main() -> None:
    load_practice()
    krueger_becker()
    demir_wolff()
    schulz_hoffmann()
    popescu_richter_neumann()
    brandt_carter_yildiz()
    vogel_lehmann_schaefer()
    the_rest()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
