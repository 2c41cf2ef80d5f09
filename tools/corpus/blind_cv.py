"""Write blind set CV: a plain, representative inbox of the whole year. 41 mails from the
patients in practice.toml: 31 that confirm at least one session (short replies under our
request in many mail programs, with and without the date, new mails, several days at once,
a few late, several longer mails about an invoice, a prescription, the insurance, a change
of address or next month's appointments with the confirmation in the middle or at the end)
and 10 look-alikes (cancellations, a reschedule, questions about a coming session, a missed
session, a session that did not happen, replies to a reminder, a request for a list of
treatments for the insurance).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cv`.
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

HERE = data_dir("blind_cv")


def short_replies() -> None:
    yes("cv01_krueger_webde_date.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:40", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.1. hat stattgefunden.\n\nGruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("cv02_becker_gmail_nodate.eml", 2, (1010,), (), "2026-02-02 19:12", re(1010),
        "Hat stattgefunden, danke!\n\nTB",
        client="gmail", reply="cr-1010", style="gmail",
        note="a yes under our request for 02.02.2026 without a day")  # fmt: skip
    yes("cv03_demir_iphone_short.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:02", re(1019),
        "Ja war am 4.3. 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1019", style="iphone")  # fmt: skip
    yes("cv05_schulz_outlook_formal.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:25",
        re(1034),
        "Guten Abend,\n\nhiermit bestätige ich Ihnen meinen Termin vom 16.04.2026.\n\n"
        "Viele Grüße\nMarie Schulz",
        client="outlook", reply="cr-1034", style="outlook")  # fmt: skip
    yes("cv06_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:05",
        re(1043),
        "Guten Tag,\n\nbeide Termine am 18.5. haben stattgefunden, also morgens das Gerätetraining"
        " und mittags die manuelle Therapie.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook_classic",
        note="both sessions of 18.05.2026 (KGG 07:30 and MT 12:30)")  # fmt: skip
    yes("cv07_popescu_yahoo_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 16:48",
        re(1046),
        "Hallo,\nja ich bestätige termin am 2 juni hat stattgefunden.\nDanke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("cv08_richter_iphone_jup.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:31", re(1051),
        "Jup, hat stattgefunden am 03.06.\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("cv11_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:20",
        re(1069, "Re"),
        "Hi,\n\nYes, the session on Aug 3 took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("cv12_yildiz_samsung_terse.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:57",
        re(1075),
        "Ja stattgefunden 05.08 danke\n\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1075", style="samsung")  # fmt: skip
    yes("cv14_lehmann_gmail_bottom.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:11",
        re(1087),
        "Ja, hat am 8.9. geklappt.\n\nLG Anna",
        client="gmail", reply="cr-1087", style="gmail", bottom=True)  # fmt: skip
    yes("cv15_zimmermann_tonline.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 17:02",
        re(1093),
        "Termin 5.10.26 fand statt.\nK. Zimmermann",
        client="tonline", reply="cr-1093", style="tonline")  # fmt: skip
    yes("cv16_schaefer_office_signature.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:14",
        re(1098),
        "Hallo,\n\ndie Videostunde am 07.10. hat stattgefunden.\n\nMit freundlichen Grüßen\n\n"
        "Birgit Schäfer\nSteuerberaterin\n\nSchäfer Steuerberatung\nAm Wall 112 · 28195 Bremen\n"
        "Tel. 0421 3344 55-0 · Fax 0421 3344 55-9\nb.schaefer@schaefer-steuerberatung.de\n\n"
        "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige"
        " Adressat sind, informieren Sie bitte sofort den Absender.",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="her second registered address, office signature with numbers")  # fmt: skip
    yes("cv17_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 11:58", re(1104),
        "Moin,\n\njo, war gut heute. Bestätige den 22.10.\n\nOle",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("cv20_hartmann_thanks.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:44", re(1120),
        "Hallo,\n\nja, hat stattgefunden (03.11.). Vielen Dank, war sehr hilfreich!\n\n"
        "Liebe Grüße\nLeonie Hartmann",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("cv21_wagner_lowercase.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 11:30", re(1124),
        "ja, 12.01. hat stattgefunden\nsophie",
        client="gmail", reply="cr-1124", style="gmail")  # fmt: skip
    yes("cv22_aydin_hotmail.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 14:37", re(1130),
        "Hallo ja Termin war am 19.2 alles gut.\nGruss Mehmet",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("cv23_oneill_outlook_en.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:52",
        re(1136, "RE"),
        "Hi,\n\nconfirming the call on 14 April went ahead.\n\nBest,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("cv28_hoffmann_just_ja.eml", 6, (1040,), (), "2026-05-04 09:15", re(1040),
        "Ja.\n\nP. Hoffmann",
        client="outlook", reply="cr-1040", style="outlook",
        note="a bare yes under our request for 04.05.2026")  # fmt: skip
    yes("cv30_carter_yes_it_did.eml", 11, (1070,), (), "2026-08-10 18:03", re(1070, "Re"),
        "Yes it did, thank you!\n\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en",
        note="a yes under our request for 10.08.2026 without a day")  # fmt: skip


def several_and_late() -> None:
    yes("cv09_neumann_three_days.eml", 9, (1056, 1057, 1058),
        ("2026-07-07", "2026-07-09", "2026-07-14"), "2026-07-15 10:20",
        "Bestätigung Termine Juli",
        "Sehr geehrte Damen und Herren,\n\nich bestätige Ihnen die Behandlungen am Telefon vom"
        " 7. Juli, 9. Juli und 14. Juli. Entschuldigen Sie, dass ich nicht gleich geantwortet"
        " habe, mein Enkel hat mir erst jetzt gezeigt, wie das geht.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird")  # fmt: skip
    yes("cv10_brandt_late.eml", 10, (1063,), ("2026-07-03",), "2026-08-20 22:10", re(1063),
        "Hallo zusammen,\n\nsorry für die späte Antwort, die Mail war im Spam gelandet. Die"
        " Stunde am 3. Juli hat natürlich stattgefunden.\n\nViele Grüße\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird",
        note="seven weeks late")  # fmt: skip
    yes("cv18_koch_two_days.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-26 09:05", "Termine",
        "Guten Morgen,\ndie Termine am 23.3. und 25.3. waren.\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("cv25_krueger_february.eml", 1, (1004, 1005, 1006, 1007),
        ("2026-02-03", "2026-02-10", "2026-02-17", "2026-02-24"), "2026-02-25 20:40",
        "Bestätigung Februar",
        "Liebes Praxisteam,\n\nich habe die letzten Wochen immer vergessen zu antworten, daher"
        " jetzt alles auf einmal: die Videotermine am 3., 10., 17. und 24. Februar haben alle"
        " stattgefunden.\n\nSchönen Abend\nSabine Krüger",
        client="webde")  # fmt: skip


def longer_mails() -> None:
    yes("cv04_wolff_prescription.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-01-24 11:15", "Rezept und Termine",
        "Guten Tag,\n\nmein Hausarzt Dr. Lindner hat mir gestern eine neue Verordnung über"
        " 6x Krankengymnastik ausgestellt, weil die alte ja bald aufgebraucht ist. Soll ich Ihnen"
        " die im Original per Post schicken oder reicht ein Foto? Ich habe leider keinen Scanner."
        "\n\nDie Behandlungen am 16.01. und am 23.01. haben übrigens stattgefunden, das wollte"
        " ich noch bestätigen.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff\nTel. 0231 447812",
        client="tonline", staff=True, extra=("question",),
        note="question about sending the new prescription")  # fmt: skip
    yes("cv13_vogel_beihilfe_invoice.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"),
        "2026-09-18 07:45", "Rechnung für Beihilfe",
        "Sehr geehrte Damen und Herren,\n\nfür meine Beihilfestelle benötige ich Rechnungen, auf"
        " denen die Diagnose und die Gebührenziffern einzeln ausgewiesen sind. Die Rechnung für"
        " August enthielt nur einen Gesamtbetrag. Könnten Sie mir diese bitte entsprechend neu"
        " ausstellen?\n\nBei der Gelegenheit: die Behandlungen vom 10.09. und 17.09.2026 haben"
        " wie vereinbart stattgefunden.\n\nMit freundlichen Grüßen\n\nDr. Michael Vogel\n"
        "Vogel & Partner Rechtsanwälte\nTel. +49 89 2100 3340",
        client="outlook", staff=True, extra=("question",),
        note="asks for an itemised invoice")  # fmt: skip
    yes("cv24_berger_new_address.eml", 24, (1142, 1143), ("2026-05-06", "2026-05-13"),
        "2026-05-14 16:30", "neue Anschrift",
        "Hallo liebes Team,\n\nich bin umgezogen und wollte Ihnen meine neue Adresse mitteilen:"
        "\n\nUrsula Berger\nLindenstraße 14\n04109 Leipzig\n\nDie Telefonnummer bleibt gleich."
        " Bitte schicken Sie die Post ab jetzt dorthin.\n\nUnd noch was: die Telefontermine am"
        " 6. und 13. Mai haben stattgefunden, ich hatte auf Ihre Mails noch nicht geantwortet.\n"
        "\nViele Grüße\nUrsula Berger",
        client="thunderbird", staff=True, extra=("other",),
        note="change of address to enter")  # fmt: skip
    yes("cv26_becker_invoice_query.eml", 2, (1015, 1016), ("2026-02-19", "2026-02-23"),
        "2026-02-24 08:50", "Rechnung Januar / Termine",
        "Guten Morgen,\n\nauf Ihrer Rechnung vom 31.01. sind vier Sitzungen Manuelle Therapie"
        " aufgeführt, ich hatte im Januar aber gar keine Termine bei Ihnen, die Behandlung hat"
        " ja erst im Februar angefangen. Können Sie das bitte prüfen? Meine Versicherung hat"
        " schon nachgefragt.\n\nDie beiden letzten Termine am 19.2. und 23.2. haben"
        " stattgefunden.\n\nGruß\nThomas Becker",
        client="webde", staff=True, extra=("question",),
        note="an invoice that looks wrong")  # fmt: skip
    yes("cv29_richter_july_holiday.eml", 8, (1054,), ("2026-06-24",), "2026-06-24 20:05",
        re(1054),
        "Hi,\n\nich bin im Juli ab dem 8. für drei Wochen in Portugal. Können wir die Termine"
        " danach weitermachen, also ab Anfang August? Am besten wieder mittwochs abends.\n\n"
        "Der Termin heute (24.6.) hat übrigens stattgefunden.\n\nJonas",
        client="iphone", reply="cr-1054", style="iphone", staff=True, extra=("reschedule",),
        note="wants the July sessions moved")  # fmt: skip


def yes_with_something_else() -> None:
    yes("cv19_nowak_move_next.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:15",
        re(1116, "Re"),
        "Confirmed, the session on Nov 6 took place.\n\nOne thing: could we move the one on the"
        " 20th to 9 am? I have a meeting at 8.\n\nThanks,\nDavid",
        client="plain", reply="cr-1116", style="thunderbird", staff=True, extra=("reschedule",),
        note="wants to move 20.11")  # fmt: skip
    yes("cv27_demir_cancelled_makeup.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 11:25",
        re(1024),
        "Hallo, ja der Termin am 8.4. hat stattgefunden. Wird der ausgefallene Termin vom 1.4."
        " eigentlich nachgeholt? LG Aylin",
        client="gmail", reply="cr-1024", style="gmail", staff=True, extra=("question",),
        note="1.4 was cancelled; asks about a make-up session")  # fmt: skip
    yes("cv31_lehmann_no_link.eml", 14, (1089,), ("2026-09-22",), "2026-09-22 16:10", re(1089),
        "Hallo,\n\nder 22.9. hat stattgefunden. Für nächste Woche habe ich noch keinen Link"
        " bekommen, kommt der noch oder ist es derselbe?\n\nLG Anna Lehmann",
        client="gmail", reply="cr-1089", style="gmail", staff=True, extra=("question",),
        note="asks about next week's video link")  # fmt: skip


def look_alikes() -> None:
    no("cv32_wolff_reminder_ok.eml", 4, ("other",), "2026-02-19 15:02", reminder_subject(1033),
        "Danke, ich bin morgen dabei.\nH.-J. Wolff",
        client="tonline", reply="rem-1033", style="tonline", staff=False,
        note="acknowledges the reminder before the session")  # fmt: skip
    no("cv33_zimmermann_cancel.eml", 15, ("cancellation",), "2026-10-28 08:10",
        "Absage Termin 02.11.",
        "Guten Tag,\n\nich muss den Termin am Montag, 2.11., leider absagen, ich habe da einen"
        " Arzttermin im Krankenhaus.\n\nMfG\nKlaus Zimmermann",
        client="plain")  # fmt: skip
    no("cv34_yildiz_cancelled_next.eml", 12, ("question",), "2026-08-20 09:30",
        "Termin",
        "Hallo, der Termin am 19.08 hat nicht stattgefunden weil Sie abgesagt hatten. Wann ist"
        " dann der nächste Termin? Danke Fatma",
        client="samsung", note="19.08 was cancelled; asks for the next session")  # fmt: skip
    no("cv35_schulz_missed.eml", 5, ("other",), "2026-05-07 19:05", re(1037),
        "Hallo,\n\nich konnte heute leider nicht, ich hatte ganz vergessen abzusagen. Das tut"
        " mir leid! Der Termin hat also nicht stattgefunden.\n\nMarie Schulz",
        client="outlook", reply="cr-1037", style="outlook",
        note="a missed session under our request")  # fmt: skip
    no("cv36_hartmann_prepare.eml", 20, ("question",), "2026-11-15 12:10",
        video_link_subject(1122),
        "Hallo, muss ich für den Termin am 17.11. etwas vorbereiten? Brauche ich eine Matte oder"
        " ein Theraband?\n\nLG Leonie",
        client="webde", reply="vl-1122", style="webde",
        note="a question about a coming session")  # fmt: skip
    no("cv37_brandt_reschedule.eml", 10, ("reschedule",), "2026-07-27 13:00",
        "Termin 31.07.",
        "Hallo,\n\nkönnten wir den Termin am Freitag, 31.07., auf Donnerstag 30.07. verschieben,"
        " gleiche Uhrzeit? Freitag klappt bei mir leider nicht.\n\nDanke und Gruß\nLukas Brandt",
        client="thunderbird")  # fmt: skip
    no("cv38_popescu_reminder_thanks.eml", 7, ("other",), "2026-06-15 12:20",
        reminder_subject(1048),
        "Danke für erinnerung, ich bin morgen da.\nElena",
        client="yahoo", reply="rem-1048", style="yahoo", staff=False,
        note="acknowledges the reminder before the session")  # fmt: skip
    no("cv39_berger_list_for_insurance.eml", 24, ("question",), "2026-06-12 10:45",
        "Bestätigung für die Krankenkasse",
        "Guten Tag,\n\nmeine Krankenkasse möchte eine Bestätigung, an welchen Tagen ich bei"
        " Ihnen in Behandlung war. Können Sie mir bitte eine Aufstellung aller Termine seit Mai"
        " schicken?\n\nVielen Dank\nUrsula Berger",
        client="thunderbird",
        note="asks us for a list of treatment days")  # fmt: skip
    no("cv40_jansen_no_show_therapist.eml", 17, ("technical",), "2026-11-05 12:05", re(1106),
        "Hallo,\n\nder Termin heute hat nicht stattgefunden. Ich war ab 9:55 im Videoraum und"
        " habe 25 Minuten gewartet, aber es ist niemand gekommen. Was ist da passiert?\n\nOle"
        " Jansen",
        client="gmail", reply="cr-1106", style="gmail",
        note="the session of 05.11 did not take place")  # fmt: skip
    no("cv41_oneill_cancel_en.eml", 23, ("cancellation",), "2026-05-18 20:10",
        reminder_subject(1141, "RE"),
        "Hi,\n\nI won't be able to make the call on 19 May, I'm travelling. Please cancel it.\n\n"
        "Thanks,\nJames",
        client="outlook", reply="rem-1141", style="outlook_en",
        note="cancels 19.05")  # fmt: skip


def main() -> None:
    load_practice()
    short_replies()
    several_and_late()
    longer_mails()
    yes_with_something_else()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
