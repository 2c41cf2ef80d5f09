"""Blind set HT: patients with two sessions a week confirming and denying by weekday.

Thomas Becker (Mon/Thu), Gisela Neumann (Tue/Thu) and Renate Koch (Mon/Wed) answer our
confirmation requests, or write new mails, naming weekdays: both sessions of a week, only
one of the two, one held and one missed, cancelled, cut short or still to come. Answers
come the same day up to ten days late. Labels are strict: an appointment is confirmed only
when the mail plainly says it was held in full and its day is clear from the mail's date and
words; missed, cancelled, cut short, future or unclear sessions are not confirmed and need
staff. `dates` are the days the mail says a session took place (also partly).

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, request_subject, write_set, yes

HERE = data_dir("blind_ht")


def becker() -> None:
    # Becker: Mon 02-02 1010, Thu 02-05 1011, Mon 02-09 1012, Thu 02-12 1013, Mon 02-16 1014,
    # Thu 02-19 1015, Mon 02-23 1016, Thu 02-26 1017, Mon 03-02 1018.
    yes("ht01_becker_beide_woche.eml", 2, [1010, 1011], ["2026-02-02", "2026-02-05"],
        "2026-02-05 19:12", request_subject(1011),
        "Hallo,\n\nja, beide Termine diese Woche haben stattgefunden, Montag und heute.\n\n"
        "Gruß\nThomas Becker", client="gmail", reply="cr-1011", style="gmail")  # fmt: skip
    yes("ht02_becker_mo_ja_do_nein.eml", 2, [1012], ["2026-02-09"], "2026-02-13 08:05",
        request_subject(1013),
        "Guten Morgen,\n\nMontag hat geklappt, Donnerstag hab ich abgesagt, hatte ich ja "
        "telefonisch durchgegeben (Arbeit). Also bitte nur den Montag abrechnen.\n\n"
        "T. Becker", client="webde", reply="cr-1013", style="webde",
        staff=True, extra=("cancellation",))  # fmt: skip
    yes("ht03_becker_nur_montag.eml", 2, [1014], ["2026-02-16"], "2026-02-16 19:25",
        request_subject(1014), "Bestätigt. Montag 16.2. war gut.\n\nBecker",
        client="iphone", reply="cr-1014", style="iphone")  # fmt: skip
    yes("ht04_becker_die_zwei_letzte_woche.eml", 2, [1014, 1015],
        ["2026-02-16", "2026-02-19"], "2026-02-24 21:17", request_subject(1015),
        "Sorry für die späte Antwort. Die zwei letzte Woche (Mo + Do) hab ich beide gemacht, "
        "alles wie geplant.\n\nVG Thomas", client="gmail", reply="cr-1015", style="gmail",
        bottom=True)  # fmt: skip
    no("ht05_becker_donnerstag_verpasst.eml", 2, ("other",), "2026-02-26 20:03",
       request_subject(1017),
       "Hallo,\n\nden Donnerstag kann ich leider nicht bestätigen, ich war nicht erreichbar, "
       "Handy lag im Auto. Tut mir leid! Können wir das nachholen?\n\nThomas Becker",
       client="outlook", reply="cr-1017", style="outlook")  # fmt: skip
    yes("ht06_becker_mo_haken_do_kreuz.eml", 2, [1016], ["2026-02-23"], "2026-02-27 07:50",
        "Termine KW 9", "Mo ✓\nDo ✗ (war krank, hab morgens angerufen)\n\nT. Becker",
        client="samsung", staff=True)  # fmt: skip
    yes("ht07_becker_nachtrag_zwei_wochen.eml", 2, [1010, 1011, 1012],
        ["2026-02-02", "2026-02-05", "2026-02-09"], "2026-02-11 12:30",
        "Bestätigung Termine",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Telefontermine am Montag "
        "2.2., Donnerstag 5.2. und Montag 9.2. Den am Donnerstag diese Woche habe ich noch "
        "vor mir.\n\nMit freundlichen Grüßen\nThomas Becker",
        client="thunderbird", staff=True)  # fmt: skip
    no("ht08_becker_frage_montag.eml", 2, ("question",), "2026-03-01 10:00",
       "Frage Termin Montag",
       "Hallo, kurze Frage: der Montag morgen 17:30 bleibt doch so, oder? Hab irgendwo "
       "gelesen dass sich Zeiten ändern.\nGruß Becker", client="gmail")  # fmt: skip
    yes("ht09_becker_montag_ja_donnerstag_abgebrochen.eml", 2, [1016], ["2026-02-23", "2026-02-26"],
        "2026-02-26 19:20", request_subject(1017),
        "Moin,\nMontag war komplett. Heute ist die Verbindung nach ca. 10 min "
        "abgebrochen und kam nicht wieder, das können Sie so nicht zählen denke ich.\n"
        "Thomas", client="tonline", reply="cr-1017", style="tonline",
        staff=True, extra=("technical",))  # fmt: skip
    no("ht10_becker_montag_kurz.eml", 2, ("other",), "2026-03-02 19:08",
       request_subject(1018),
       "Heute nur halb, ich musste nach 15 Minuten weg (Kind abholen). Bitte nicht als voll "
       "zählen.\n\nBecker", client="iphone", reply="cr-1018", style="iphone",
       dates=["2026-03-02"])  # fmt: skip


def neumann() -> None:
    # Neumann: Tue 07-07 1056, Thu 07-09 1057, Tue 07-14 1058, Thu 07-16 1059,
    # Tue 07-21 1060, Thu 07-23 1061, Tue 07-28 1062.
    yes("ht11_neumann_dienstag_ja_donnerstag_nicht.eml", 9, [1056], ["2026-07-07"],
        "2026-07-10 09:14", request_subject(1057),
        "Liebe Praxis,\n\nDienstag ja, Donnerstag nicht – da hatte ich einen Arzttermin und "
        "habe es vergessen abzusagen. Das tut mir sehr leid.\n\nHerzliche Grüße\n"
        "Gisela Neumann", client="plain", reply="cr-1057", style="thunderbird",
        staff=True)  # fmt: skip
    yes("ht12_neumann_beide.eml", 9, [1058, 1059], ["2026-07-14", "2026-07-16"],
        "2026-07-16 11:02", request_subject(1059),
        "Guten Tag,\n\nich bestätige beide Termine dieser Woche, Dienstag und Donnerstag, "
        "jeweils 9 Uhr am Telefon.\n\nMfG G. Neumann", client="plain", reply="cr-1059")  # fmt: skip
    yes("ht13_neumann_nur_donnerstag.eml", 9, [1059], ["2026-07-16"], "2026-07-16 10:48",
        request_subject(1059), "Ja der heute hat stattgefunden. Danke!\nGisela Neumann",
        reply="cr-1059", style="gmail", client="gmail")  # fmt: skip
    no("ht14_neumann_donnerstag_kommt_noch.eml", 9, ("other",), "2026-07-22 16:30",
       request_subject(1060),
       "Hallo, ich melde mich wegen beiden Terminen diese Woche, wenn der Donnerstag "
       "gelaufen ist, der ist ja erst morgen. Dann schreibe ich Ihnen für beide "
       "zusammen.\nGruß Neumann", client="plain", reply="cr-1060",
       style="thunderbird")  # fmt: skip
    yes("ht15_neumann_spaet_zwei.eml", 9, [1060, 1061], ["2026-07-21", "2026-07-23"],
        "2026-08-01 14:45", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nentschuldigen Sie bitte, ich war verreist. Die "
        "beiden Termine am 21. und 23. Juli haben wie vereinbart stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann", client="plain")  # fmt: skip
    yes("ht16_neumann_dienstag_ok.eml", 9, [1062], ["2026-07-28"], "2026-07-28 11:05",
        request_subject(1062),
        "Dienstag heute ok, bestätigt.\n\nGisela Neumann\n(gesendet vom Tablet)",
        reply="cr-1062", style="samsung", client="samsung")  # fmt: skip
    yes("ht17_neumann_dienstag_abgesagt_donnerstag_ja.eml", 9, [1057], ["2026-07-09"],
        "2026-07-09 12:00", request_subject(1057),
        "Guten Tag, Donnerstag (heute) hat stattgefunden. Am Dienstag war ich ja nicht da, "
        "das hatte ich abgesagt – bitte nicht verwechseln.\nNeumann", reply="cr-1057",
        style="outlook", client="outlook", staff=True, extra=("cancellation",))  # fmt: skip
    no("ht18_neumann_welcher.eml", 9, ("question",), "2026-07-20 08:15",
       "Bestätigung",
       "Hallo, ich habe einen Termin letzte Woche mitgemacht, aber weiß nicht mehr genau "
       "welchen. Der andere ist ausgefallen glaube ich. Können Sie bitte nachschauen?\n"
       "G. Neumann")  # fmt: skip
    yes("ht19_neumann_beide_letzte_woche_kurz.eml", 9, [1056, 1057],
        ["2026-07-07", "2026-07-09"], "2026-07-13 18:22", request_subject(1056),
        "Beide letzte Woche waren. Di + Do.\nG.N.", reply="cr-1056", style="gmail",
        client="gmail", bottom=True)  # fmt: skip
    no("ht20_neumann_dienstag_abgebrochen.eml", 9, ("other",), "2026-07-14 10:41",
       request_subject(1058),
       "Liebe Frau ..., heute ist das Telefonat nach der Hälfte unterbrochen, mein Akku war "
       "leer. Ich hoffe das ist nicht schlimm. Donnerstag bin ich wieder da.\n"
       "Gisela Neumann", reply="cr-1058", style="thunderbird", dates=["2026-07-14"])  # fmt: skip


def koch() -> None:
    # Koch: Mon 03-23 1109, Wed 03-25 1110, Mon 03-30 1111, Wed 04-01 1112, Wed 04-08 1113,
    # Mon 04-13 1114, Wed 04-15 1115 (already confirmed).
    yes("ht21_koch_mo_mi.eml", 18, [1109, 1110], ["2026-03-23", "2026-03-25"],
        "2026-03-25 17:05", request_subject(1110),
        "Hallo liebes Praxisteam,\n\nMontag und Mittwoch haben beide stattgefunden, vielen "
        "Dank, es geht mir schon besser!\n\nRenate Koch", client="tonline",
        reply="cr-1110", style="tonline")  # fmt: skip
    yes("ht22_koch_nur_mittwoch.eml", 18, [1112], ["2026-04-01"], "2026-04-02 09:30",
        request_subject(1112),
        "Ich bestätige nur den am Mittwoch. Den Montag hatte ich verschoben, das läuft "
        "ja über Sie.\nR. Koch", client="tonline", reply="cr-1112", style="tonline",
        staff=True)  # fmt: skip
    yes("ht23_koch_montag.eml", 18, [1111], ["2026-03-30"], "2026-03-30 17:02",
        request_subject(1111), "Ja, heute Montag 15 Uhr hat stattgefunden.\nRenate Koch",
        client="tonline", reply="cr-1111", style="tonline")  # fmt: skip
    yes("ht24_koch_montag_ja_mittwoch_morgen.eml", 18, [1114], ["2026-04-13"],
        "2026-04-14 11:10", request_subject(1114),
        "Guten Tag,\nder erste der beiden Termine diese Woche (Montag) war, der zweite ist "
        "morgen. Den bestätige ich dann danach.\nMfG Koch", client="tonline",
        reply="cr-1114", style="tonline", staff=True)  # fmt: skip
    no("ht25_koch_mittwoch_verpasst.eml", 18, ("other",), "2026-04-08 17:30",
       request_subject(1113),
       "Oh je, den Mittwoch habe ich total verschwitzt, ich war beim Einkaufen. Bitte um "
       "einen Ersatztermin.\nRenate Koch", client="tonline", reply="cr-1113",
       style="tonline")  # fmt: skip
    yes("ht26_koch_verspaetet_zwei.eml", 18, [1111, 1112], ["2026-03-30", "2026-04-01"],
        "2026-04-09 20:00", "Termine",
        "Guten Abend, ich habe vergessen zu antworten: die Termine am Montag 30.3. und "
        "Mittwoch 1.4. waren beide. Gruß Renate Koch", client="tonline")  # fmt: skip
    yes("ht27_koch_mittwoch_ja_montag_kurz.eml", 18, [1110], ["2026-03-23", "2026-03-25"],
        "2026-03-26 10:00", request_subject(1110),
        "Hallo,\nMittwoch war vollständig. Am Montag mussten wir ja nach 10 Minuten "
        "aufhören, weil die Therapeutin einen Notfall hatte – der sollte nicht voll gezählt "
        "werden oder?\nGrüße R. Koch", client="tonline", reply="cr-1110", style="tonline",
        staff=True, extra=("question",))  # fmt: skip


def english_and_learners() -> None:
    yes("ht28_becker_english_monday_yes.eml", 2, [1012], ["2026-02-09"], "2026-02-12 22:10",
        request_subject(1013),
        "Hi, my English is better for writing. The Monday one yes, Thursday's no – I could "
        "not pick up the phone today, sorry.\nThomas", client="gmail", reply="cr-1013",
        style="gmail_en", staff=True)  # fmt: skip
    yes("ht29_neumann_english_both.eml", 9, [1060, 1061], ["2026-07-21", "2026-07-23"],
        "2026-07-23 13:30", request_subject(1061),
        "Hello, this is Gisela's daughter writing for her. Both calls this week (Tuesday and "
        "Thursday) took place, thank you.\nBest, Karin", reply="cr-1061",
        style="gmail_en", client="gmail")  # fmt: skip
    yes("ht30_koch_lerner_beide.eml", 18, [1109, 1110], ["2026-03-23", "2026-03-25"],
        "2026-03-27 08:00", "Bestätigung Termin",
        "Guten Tag,\nich bestätigen die zwei Termin von diese Woche, Montag und Mittwoch, "
        "beide war gut.\nDanke\nRenate Koch", client="tonline")  # fmt: skip
    no("ht31_becker_english_thursday_tomorrow.eml", 2, ("question",), "2026-02-18 20:00",
       request_subject(1014),
       "Hi, the Monday one was cancelled from your side I think? And Thursday is tomorrow. "
       "So nothing to confirm yet. Cheers, Thomas", client="gmail", reply="cr-1014",
       style="gmail_en")  # fmt: skip
    yes("ht32_neumann_lerner_dienstag.eml", 9, [1058], ["2026-07-14"], "2026-07-15 09:00",
        request_subject(1058),
        "Hallo, Dienstag Termin hat gemacht, alles gut. Donnerstag ich bin da.\nNeumann",
        reply="cr-1058", style="gmail", client="gmail", bottom=True)  # fmt: skip
    yes("ht33_becker_lerner_zwei.eml", 2, [1016, 1017], ["2026-02-23", "2026-02-26"],
        "2026-03-05 17:00", request_subject(1017),
        "Hallo,\nich habe beide Termin gehabt, Montag 23 und Donnerstag 26 Februar. "
        "Entschuldigung für spät.\nThomas Becker", client="yahoo", reply="cr-1017",
        style="yahoo")  # fmt: skip
    yes("ht34_koch_english_monday.eml", 18, [1114], ["2026-04-13"], "2026-04-13 16:55",
        request_subject(1114), "Yes, today's Monday session happened, the whole session. Renate",
        client="tonline", reply="cr-1114", style="outlook_en")  # fmt: skip


def more() -> None:
    yes("ht35_becker_donnerstag_bestaetigt.eml", 2, [1013], ["2026-02-12"],
        "2026-02-12 19:14", request_subject(1013), "Donnerstag ✔️ danke\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1013", style="iphone")  # fmt: skip
    yes("ht36_neumann_donnerstag_zehn_tage.eml", 9, [1059], ["2026-07-16"],
        "2026-07-26 19:45", request_subject(1059),
        "Guten Abend,\n\nnachträglich: der Donnerstag 16.7. hat stattgefunden. "
        "Entschuldigung für die Verspätung.\n\nFreundliche Grüße\n"
        "Gisela Neumann", reply="cr-1059", style="thunderbird")  # fmt: skip
    yes("ht37_koch_mittwoch_8_4.eml", 18, [1113], ["2026-04-08"], "2026-04-08 16:52",
        request_subject(1113),
        "Mittwoch war, danke. Montag war ja Ostermontag, da hatten wir keinen.\nKoch",
        client="tonline", reply="cr-1113", style="tonline")  # fmt: skip
    no("ht38_koch_montag_unklar.eml", 18, ("question",), "2026-04-15 18:00",
       "Montag?",
       "Hallo, hatten wir am Montag eigentlich Termin? Ich bin mir nicht sicher ob das "
       "Telefon geklingelt hat. Mittwoch heute war gut, den hab ich schon bestätigt.\n"
       "Renate Koch", client="tonline", dates=["2026-04-15"])  # fmt: skip
    yes("ht39_becker_zwei_wochen_alle.eml", 2, [1014, 1015, 1016, 1017],
        ["2026-02-16", "2026-02-19", "2026-02-23", "2026-02-26"], "2026-02-27 12:00",
        "Termine Februar",
        "Hallo,\n\nfür die Unterlagen: alle vier Termine der letzten zwei Wochen "
        "(16., 19., 23. und 26.2.) haben vollständig stattgefunden.\n\nGruß\nThomas Becker",
        client="outlook")  # fmt: skip
    yes("ht40_neumann_dienstag_ja_donnerstag_verschieben.eml", 9, [1060], ["2026-07-21"],
        "2026-07-21 10:50", request_subject(1060),
        "Heute hat's geklappt, danke. Am Donnerstag kann ich nicht, geht es auch Freitag?\n"
        "Gisela Neumann", reply="cr-1060", style="thunderbird", staff=True,
        extra=("reschedule",))  # fmt: skip
    no("ht41_koch_beide_abgesagt.eml", 18, ("cancellation",), "2026-03-29 19:00",
       "Diese Woche",
       "Hallo, ich muss leider beide Termine diese Woche (Montag und Mittwoch) absagen, "
       "ich liege mit Grippe im Bett.\nRenate Koch", client="tonline")  # fmt: skip


def main() -> None:
    load_practice()
    becker()
    neumann()
    koch()
    english_and_learners()
    more()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
