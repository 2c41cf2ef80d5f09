"""Blind set IC: one spring inbox (April and May 2026, Easter, 1 May, Ascension and
Whitsun included) of a telemedicine physiotherapy practice.

Forty mails: thirty-two confirmations of treatments that took place (short replies under
our confirmation request, a few new mails naming one to three days, some answered days or
weeks late, some bottom-posted, some in English or learners' German, some with a question
or a wish to move a coming session beside the yes, holiday wishes beside the yes) and
eight look-alikes (a holiday cancellation, a reschedule, a missed session, a session cut
short, a question about the invoice, replies to a reminder and to a video-link mail, a
thank-you without a yes).

Labels say what a careful practice employee would record: `confirmed` only the
patient's own scheduled, not yet confirmed appointments plainly confirmed as held in
full; `dates` the days the mail names as days a session took place; `needs_staff` when
someone must look or act. Every mail is an independent scenario against the same
practice snapshot, so two mails may confirm the same appointment.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    video_link_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_ic")


def april() -> None:
    yes("ic01_demir_ostern.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 10:14",
        request_subject(1024),
        "Hallo,\n\nja, die Behandlung am 08.04. hat stattgefunden.\n"
        "Ich hoffe, Sie hatten schöne Ostertage!\n\nLiebe Grüße\nAylin Demir",
        client="gmail", reply="cr-1024", style="gmail")  # fmt: skip
    yes("ic02_koch_frohe_ostern.eml", 18, (1112,), ("2026-04-01",), "2026-04-01 17:52",
        request_subject(1112),
        "Guten Abend,\n\nhiermit bestätige ich die Behandlung am Mittwoch, 1. April.\n"
        "Ihnen allen schon mal frohe Ostern und erholsame Feiertage!\n\nRenate Koch",
        client="tonline", reply="cr-1112", style="tonline")  # fmt: skip
    yes("ic03_oneill_first_call.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 07:48",
        request_subject(1136, "RE"),
        "Hi,\n\nYes, confirmed - the session on 14 April took place.\n\nThanks,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("ic04_schulz_passt.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 17:21",
        request_subject(1034),
        "Passt, 16.4. war 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1034", style="iphone")  # fmt: skip
    yes("ic05_koch_zwei_termine.eml", 18, (1113, 1114), ("2026-04-08", "2026-04-13"),
        "2026-04-14 09:31", "Bestätigung meiner Behandlungen",
        "Sehr geehrte Damen und Herren,\n\nich bin mit dem Antworten etwas hinterher, "
        "deshalb in einer Mail:\ndie Telefonbehandlungen am 08.04. und am 13.04. haben "
        "beide stattgefunden.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("ic06_demir_spaet.eml", 3, (1025,), ("2026-04-15",), "2026-05-02 21:05",
        request_subject(1025),
        "Sorry für die späte Antwort, die Mail ist bei mir untergegangen 🙈\n"
        "Ja, der Termin am 15.04. hat stattgefunden.\n\nLG Aylin",
        client="gmail", reply="cr-1025", style="gmail")  # fmt: skip
    yes("ic07_oneill_bottom.eml", 23, (1137,), ("2026-04-21",), "2026-04-21 21:40",
        request_subject(1137, "Re"),
        "Confirmed, the call on 21/04 took place.\n\nJames",
        client="gmail", reply="cr-1137", style="gmail_en", bottom=True)  # fmt: skip
    yes("ic08_schulz_frage_uhrzeit.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 18:02",
        request_subject(1035),
        "Hallo,\n\nja, die Stunde am 23.04. hat stattgefunden.\n\n"
        "Könnten wir den Termin nächste Woche (30.4.) eine halbe Stunde früher machen, "
        "also 15:00? Ich muss danach noch zum Zahnarzt.\n\nViele Grüße\nMarie Schulz",
        client="plain", reply="cr-1035", style="thunderbird", staff=True,
        extra=("reschedule",), note="wish to move the coming session")  # fmt: skip
    yes("ic09_demir_daumen.eml", 3, (1026,), ("2026-04-22",), "2026-04-22 10:47",
        request_subject(1026),
        "👍 22.04. alles gut",
        client="gmail", reply="cr-1026", style="gmail")  # fmt: skip
    yes("ic10_oneill_lerner.eml", 23, (1138,), ("2026-04-28",), "2026-04-29 08:12",
        request_subject(1138, "AW"),
        "Hallo,\n\nich bestätige die Termin am 28. April, es hat stattgefunden. "
        "Ich übe mein Deutsch, sorry für die Fehler :)\n\nVielen Dank und schöne Woche,\n"
        "James O'Neill",
        client="outlook", reply="cr-1138", style="outlook")  # fmt: skip
    yes("ic11_schulz_feiertag.eml", 5, (1036,), ("2026-04-30",), "2026-04-30 17:35",
        request_subject(1036),
        "Hallo zusammen,\n\nhat stattgefunden (30.04.). Schönen Feiertag morgen und ein "
        "langes Wochenende!\n\nMarie",
        client="webde", reply="cr-1036", style="webde")  # fmt: skip
    yes("ic12_demir_drei_tage.eml", 3, (1024, 1025, 1026),
        ("2026-04-08", "2026-04-15", "2026-04-22"), "2026-04-23 12:40",
        "Bestätigung April",
        "Hallo liebes Praxisteam,\n\nich habe gemerkt, dass ich auf eure Mails noch nicht "
        "geantwortet habe. Die Videotermine am 8., 15. und 22. April haben alle "
        "stattgefunden.\n\nDanke und liebe Grüße\nAylin Demir",
        client="gmail")  # fmt: skip
    yes("ic13_oneill_two_sessions.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21"),
        "2026-04-22 19:15", "Confirming my sessions",
        "Hello,\n\njust to confirm both phone sessions took place: Tuesday 14 April and "
        "Tuesday 21 April.\n\nKind regards,\nJames O'Neill",
        client="outlook")  # fmt: skip
    yes("ic14_schulz_mutter.eml", 5, (1034,), ("2026-04-16",), "2026-04-17 08:05",
        request_subject(1034),
        "Guten Morgen,\n\nich antworte für meine Tochter: Marie hatte am 16.04. ihre "
        "Stunde, die hat stattgefunden.\n\nGruß\nKarin Schulz",
        client="plain", reply="cr-1034", style="thunderbird", name="Karin Schulz")  # fmt: skip
    yes("ic15_koch_unten.eml", 18, (1113,), ("2026-04-08",), "2026-04-08 18:20",
        request_subject(1113),
        "Ja, am 8.4. war die Behandlung.\nGruß R. Koch",
        client="tonline", reply="cr-1113", style="tonline", bottom=True)  # fmt: skip
    yes("ic16_koch_wochen_spaeter.eml", 18, (1114,), ("2026-04-13",), "2026-05-06 10:03",
        request_subject(1114),
        "Sehr geehrte Damen und Herren,\n\nentschuldigen Sie bitte, ich war einige Wochen "
        "bei meiner Schwester. Die Behandlung vom 13. April hat selbstverständlich "
        "stattgefunden.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline", reply="cr-1114", style="tonline")  # fmt: skip


def may() -> None:
    yes("ic17_hoffmann_kurz.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:10",
        request_subject(1040),
        "Bestätigt. 04.05.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", reply="cr-1040", style="outlook_classic")  # fmt: skip
    yes("ic18_oneill_may5.eml", 23, (1139,), ("2026-05-05",), "2026-05-06 07:02",
        request_subject(1139, "Re"),
        "yep, done on Tuesday 5 May. Cheers, J.",
        client="gmail", reply="cr-1139", style="gmail_en")  # fmt: skip
    yes("ic19_berger_foermlich.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:30",
        request_subject(1142),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische "
        "Behandlung am 6. Mai 2026 stattgefunden hat.\n\nMit freundlichen Grüßen\n"
        "Ursula Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("ic20_schulz_alles_gut.eml", 5, (1037,), ("2026-05-07",), "2026-05-07 17:58",
        request_subject(1037),
        "alles gut, 7.5. hat stattgefunden\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1037", style="samsung")  # fmt: skip
    yes("ic21_hoffmann_iphone.eml", 6, (1041,), ("2026-05-11",), "2026-05-11 09:49",
        request_subject(1041),
        "Ja, 11.5. stattgefunden.\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1041", style="iphone")  # fmt: skip
    yes("ic22_oneill_invoice_question.eml", 23, (1140,), ("2026-05-12",), "2026-05-12 21:18",
        request_subject(1140, "RE"),
        "Hi there,\n\nConfirmed for 12 May, the session took place.\n\n"
        "Quick question: could you send me the invoice for April as a PDF? My insurer "
        "wants it before the end of the month.\n\nBest,\nJames",
        client="outlook", reply="cr-1140", style="outlook_en", staff=True,
        extra=("question",), note="yes plus a question about the invoice")  # fmt: skip
    yes("ic23_berger_himmelfahrt.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 10:41",
        request_subject(1143),
        "Ja, am 13.5. hat die Behandlung stattgefunden.\nIhnen einen schönen "
        "Himmelfahrtstag morgen!\n\nU. Berger",
        client="webde", reply="cr-1143", style="webde")  # fmt: skip
    yes("ic24_hoffmann_doppeltermin.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-05-18 14:20", "Termine 18.05.",
        "Guten Tag,\n\nbeide Termine heute, am 18.05. (morgens Gerätetraining und mittags "
        "die Manuelle Therapie), haben stattgefunden.\n\nMit freundlichen Grüßen\n"
        "Peter Hoffmann\nHoffmann Immobilien GmbH",
        client="outlook")  # fmt: skip
    yes("ic25_oneill_bottom_de.eml", 23, (1141,), ("2026-05-19",), "2026-05-20 08:30",
        request_subject(1141, "AW"),
        "Hallo, ja das Telefonat am 19.05. war. Danke!\nJames",
        client="outlook", reply="cr-1141", style="outlook", bottom=True)  # fmt: skip
    yes("ic26_berger_pfingsten_frage.eml", 24, (1144,), ("2026-05-20",), "2026-05-20 11:05",
        request_subject(1144),
        "Guten Tag,\n\nich bestätige die Behandlung vom 20.05.2026.\n\n"
        "Eine Frage noch: findet der Termin nächste Woche am 27. trotz Pfingsten statt? "
        "Meine Enkel sind dann da.\n\nFreundliche Grüße\nUrsula Berger",
        client="thunderbird", reply="cr-1144", style="thunderbird", staff=True,
        extra=("question",), note="yes plus a question about the coming session")  # fmt: skip
    yes("ic27_schulz_kurz.eml", 5, (1038,), ("2026-05-21",), "2026-05-21 17:44",
        request_subject(1038),
        "Ja am 21. war Termin, hat geklappt",
        client="iphone", reply="cr-1038", style="iphone")  # fmt: skip
    yes("ic28_hoffmann_nach_pfingsten.eml", 6, (1044,), ("2026-05-26",), "2026-05-26 09:14",
        request_subject(1044),
        "26.05. fand statt. Danke.\n\nP. Hoffmann",
        client="outlook", reply="cr-1044", style="outlook")  # fmt: skip
    yes("ic29_berger_bis_naechste.eml", 24, (1145,), ("2026-05-27",), "2026-05-27 12:15",
        request_subject(1145),
        "Liebes Praxisteam,\n\ndie Behandlung am Mittwoch, den 27.05., hat stattgefunden. "
        "Vielen Dank, bis nächste Woche!\n\nUrsula Berger",
        client="thunderbird", reply="cr-1145", style="thunderbird", bottom=True)  # fmt: skip
    yes("ic30_schulz_juni.eml", 5, (1039,), ("2026-05-28",), "2026-06-10 19:26",
        request_subject(1039),
        "Entschuldigung, hab die Mail total übersehen. Ja, der Termin am 28. Mai hat "
        "stattgefunden.\n\nViele Grüße\nMarie",
        client="webde", reply="cr-1039", style="webde")  # fmt: skip
    yes("ic31_hoffmann_verschieben.eml", 6, (1041,), ("2026-05-11",), "2026-05-11 10:30",
        request_subject(1041),
        "Guten Tag,\n\nder Termin am 11.05. hat stattgefunden.\n\nDen Termin am 18.05. um "
        "7:30 muss ich leider verschieben, ich bin früh beim Kunden. Ginge 8:30 am selben "
        "Tag?\n\nMfG\nPeter Hoffmann",
        client="outlook", reply="cr-1041", style="outlook_classic", staff=True,
        extra=("reschedule",), note="yes plus a wish to move the next session")  # fmt: skip
    yes("ic32_berger_pflegerin.eml", 24, (1142, 1143), ("2026-05-06", "2026-05-13"),
        "2026-05-14 18:10", "Termine Mai",
        "Hallo,\n\nich schreibe für Frau Berger, sie hat kein Computer. "
        "Die Behandlung am 6. Mai und am 13. Mai sind beide gemacht, alles war gut.\n\n"
        "Grüße\nNatalia Kowalska (Pflegerin von Frau Berger)",
        client="plain", name="Natalia Kowalska",
        note="her carer writes from her address and confirms both days")  # fmt: skip


def look_alikes() -> None:
    no("ic33_berger_urlaub.eml", 24, ("cancellation",), "2026-05-15 09:20",
       "Absage Termin 27.05.",
       "Guten Tag,\n\nden Termin am Mittwoch, 27. Mai, muss ich leider absagen, wir "
       "fahren über Pfingsten zu meiner Tochter nach Rostock.\n\nMit freundlichen Grüßen\n"
       "Ursula Berger",
       client="thunderbird")  # fmt: skip
    no("ic34_schulz_verschieben.eml", 5, ("reschedule",), "2026-05-16 11:12",
       "Termin 21.5. verschieben?",
       "Hallo,\n\nam 21.5. habe ich eine Klausur. Können wir die Stunde auf Freitag, den "
       "22.5., verschieben? Uhrzeit egal.\n\nDanke!\nMarie Schulz",
       client="webde")  # fmt: skip
    no("ic35_hoffmann_verpasst.eml", 6, ("other",), "2026-05-26 10:15",
       request_subject(1044),
       "Guten Tag,\n\nheute früh hat das leider nicht geklappt, ich habe den Termin um "
       "7:30 verschlafen und war nicht im Video. Die Behandlung hat also nicht "
       "stattgefunden. Bitte nicht abrechnen.\n\nMfG\nPeter Hoffmann",
       client="outlook", reply="cr-1044", style="outlook",
       note="missed session: nothing took place")  # fmt: skip
    no("ic36_oneill_abgebrochen.eml", 23, ("technical",), "2026-05-06 08:40",
       request_subject(1139, "RE"),
       "Hi,\n\nI can't really confirm this one - the call on 5 May dropped after about ten "
       "minutes and nobody called back. Could you check?\n\nThanks,\nJames",
       client="outlook", reply="cr-1139", style="outlook_en", dates=("2026-05-05",),
       note="session cut short: partly took place, not confirmed")  # fmt: skip
    no("ic37_hoffmann_rechnung.eml", 6, ("question",), "2026-05-29 16:45",
       "Rechnung April/Mai",
       "Sehr geehrte Damen und Herren,\n\nin Ihrer Rechnung vom 27.05. ist das "
       "Gerätetraining zweimal mit demselben Datum aufgeführt. Ist das ein Versehen? "
       "Meine Versicherung fragt nach.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
       client="outlook")  # fmt: skip
    no("ic38_koch_erinnerung.eml", 18, ("other",), "2026-04-12 16:30",
       reminder_subject(1114),
       "Ja, passt, ich bin morgen um 15 Uhr erreichbar.\nR. Koch",
       client="tonline", reply="rem-1114", style="tonline", staff=False,
       note="reply to the reminder: the session is still to come")  # fmt: skip
    no("ic39_demir_videolink.eml", 3, ("other",), "2026-04-19 09:05",
       video_link_subject(1026),
       "Danke, Code ist angekommen. Bis Mittwoch!\n\nAylin",
       client="gmail", reply="vl-1026", style="gmail", staff=False,
       note="reply to the video-link mail before the session")  # fmt: skip
    no("ic40_schulz_danke.eml", 5, ("other",), "2026-05-28 17:30",
       request_subject(1039),
       "Liebes Team,\n\nvielen Dank für die tolle Betreuung in den letzten Wochen, mein "
       "Knie ist viel besser geworden! Sie haben mir sehr geholfen.\n\nHerzliche Grüße\n"
       "Marie Schulz",
       client="iphone", reply="cr-1039", style="iphone", staff=False,
       note="a thank-you under our request without a yes or a date")  # fmt: skip


def main() -> None:
    load_practice()
    april()
    may()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
