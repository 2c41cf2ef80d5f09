"""Blind set HM: an ordinary summer inbox (June and July 2026, holiday season).

40 mails from the patients treated in June and July: 32 confirmations (mostly short replies
under our confirmation request, some new mails naming one to three days, some answered late
after a holiday, some from abroad or from the phone, a few in English and in learners'
German, some with a question, a holiday notice or a wish to move beside the yes, some
bottom-posted) and 8 look-alikes (a cancellation for a holiday, a reschedule, a missed
session, a session cut short, a question about the invoice, replies to a reminder and to a
video-link mail, a thank-you without a yes).

Labels say what a careful practice employee would record: `confirmed` only the patient's own
scheduled, not yet confirmed appointments plainly confirmed as held in full; `dates` the days
the mail says a session took place; `needs_staff` when someone has to look or act. Every mail
is an independent scenario against the same practice snapshot.

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

HERE = data_dir("blind_hm")


def early_june() -> None:
    yes("hm01_hoffmann_ja_gmail.eml", 6, (1045,), ("2026-06-01",), "2026-06-01 09:41",
        request_subject(1045),
        "Ja, hat heute stattgefunden, 01.06.\n\nGruß\nPeter Hoffmann",
        client="gmail", reply="cr-1045", style="gmail")  # fmt: skip
    yes("hm02_popescu_lernerin.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:07",
        request_subject(1046),
        "Hallo,\n\nja die Behandlung am 2.6. ist gemacht, war sehr gut.\n"
        "Danke schön\n\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("hm03_berger_neue_mail.eml", 24, (1146,), ("2026-06-03",), "2026-06-03 14:12",
        "Behandlung am 3. Juni",
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich Ihnen, dass die telefonische Behandlung am Mittwoch, dem"
        " 3. Juni 2026, stattgefunden hat.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger")  # fmt: skip
    yes("hm04_richter_daumen_datum.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:02",
        request_subject(1051),
        "👍 3.6. passt\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("hm05_popescu_english.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 15:34",
        request_subject(1047, "Re"),
        "Hello,\n\nyes, the session on 9 June took place. Thank you!\n\nBest,\nElena",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    yes("hm06_berger_kurz.eml", 24, (1147,), ("2026-06-10",), "2026-06-10 11:23",
        request_subject(1147),
        "Ja, am 10.06. war die Behandlung.\n\nMit freundlichem Gruß\nU. Berger",
        client="thunderbird", reply="cr-1147", style="thunderbird")  # fmt: skip
    yes("hm07_richter_frage_lissabon.eml", 8, (1052,), ("2026-06-10",), "2026-06-10 22:46",
        request_subject(1052),
        "Hi, ja, hat stattgefunden (10.06.).\n\n"
        "Nächste Woche bin ich beruflich in Lissabon – kann ich den Termin am 17. trotzdem"
        " per Video machen, oder geht das aus dem Ausland nicht?\n\nGruß Jonas\n\n"
        "Von meinem iPhone gesendet",
        client="iphone", reply="cr-1052", style="iphone", staff=True,
        extra=("question",), note="yes plus a question about the next session from abroad")  # fmt: skip
    yes("hm08_popescu_zwei_termine.eml", 7, (1046, 1047), ("2026-06-02", "2026-06-09"),
        "2026-06-11 08:15", "Bestätigung",
        "Guten Tag,\n\nich bestätige, die Termine am 02.06 und 09.06 sind gewesen, beide"
        " mit Video.\nEntschuldigung für spät Antwort.\n\nViele Grüße\nElena Popescu",
        client="yahoo")  # fmt: skip
    yes("hm09_berger_unten.eml", 24, (1147,), ("2026-06-10",), "2026-06-12 17:30",
        request_subject(1147),
        "Guten Tag,\n\ndie Behandlung vom 10.06.2026 hat stattgefunden.\n\nU. Berger",
        client="plain", reply="cr-1147", style="gmail", bottom=True)  # fmt: skip


def mid_june() -> None:
    yes("hm10_popescu_unten_alles_gut.eml", 7, (1048,), ("2026-06-16",), "2026-06-16 19:12",
        request_subject(1048),
        "Guten Abend,\nBehandlung 16.06.2026 hat stattgefunden. Alles gut.\n\nElena Popescu",
        client="yahoo", reply="cr-1048", style="yahoo", bottom=True)  # fmt: skip
    yes("hm11_richter_english_lisbon.eml", 8, (1053,), ("2026-06-17",), "2026-06-17 20:31",
        request_subject(1053, "Re"),
        "Confirmed – the session on 17 June took place, connection from Lisbon was fine.\n\n"
        "Jonas\n\nSent from my iPhone",
        client="iphone", reply="cr-1053", style="iphone")  # fmt: skip
    yes("hm12_richter_drei_tage.eml", 8, (1051, 1052, 1053),
        ("2026-06-03", "2026-06-10", "2026-06-17"), "2026-06-19 07:52",
        "Termine Juni",
        "Hallo zusammen,\n\nsorry, bin mit den Mails hinterher: 3.6., 10.6. und 17.6. haben"
        " alle stattgefunden.\n\nLG Jonas Richter",
        client="apple")  # fmt: skip
    yes("hm13_hoffmann_nach_mallorca.eml", 6, (1045,), ("2026-06-01",), "2026-06-22 08:05",
        request_subject(1045),
        "Sehr geehrte Damen und Herren,\n\n"
        "bitte entschuldigen Sie die späte Antwort, ich war drei Wochen auf Mallorca und"
        " habe meine Mails nicht gelesen.\n\n"
        "Die Behandlung am 01.06.2026 (Video) hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", reply="cr-1045", style="outlook_classic")  # fmt: skip
    yes("hm14_popescu_handy_ok.eml", 7, (1049,), ("2026-06-23",), "2026-06-23 12:58",
        request_subject(1049),
        "Ja 23.6 ok\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1049", style="samsung")  # fmt: skip
    yes("hm15_richter_bestaetigt.eml", 8, (1054,), ("2026-06-24",), "2026-06-24 19:47",
        request_subject(1054),
        "Bestätigt, 24.6. Danke!",
        client="iphone", reply="cr-1054", style="iphone")  # fmt: skip
    yes("hm16_popescu_alles_gut_ohne_datum.eml", 7, (1049,), (), "2026-06-24 09:20",
        request_subject(1049),
        "alles gut danke",
        client="samsung", reply="cr-1049", style="samsung",
        note="a reply under the request for 1049, no date")  # fmt: skip
    yes("hm17_popescu_rezept.eml", 7, (1050,), ("2026-06-30",), "2026-06-30 14:02",
        request_subject(1050),
        "Hallo,\n\nheute Termin war gut, hat stattgefunden am 30.06.\n"
        "Das war jetzt der letzte Termin von Rezept. Brauche ich neues Rezept vom Arzt für"
        " weiter machen, oder wie geht das?\n\nDanke\nElena",
        client="yahoo", reply="cr-1050", style="yahoo", staff=True,
        extra=("question",), note="yes plus a question about a new prescription")  # fmt: skip


def early_july() -> None:
    yes("hm18_richter_gestern.eml", 8, (1055,), ("2026-07-01",), "2026-07-02 08:11",
        request_subject(1055),
        "Guten Morgen,\n\nja, gestern (1.7.) hat stattgefunden. Danke für die ganze"
        " Behandlung, der Nacken ist deutlich besser!\n\nJonas",
        client="apple", reply="cr-1055", style="iphone")  # fmt: skip
    yes("hm19_brandt_outlook.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 17:56",
        request_subject(1063),
        "Hallo,\n\nja, der Termin am 03.07. hat stattgefunden.\n\nVG\nLukas Brandt",
        client="outlook", reply="cr-1063", style="outlook")  # fmt: skip
    yes("hm20_neumann_neue_mail.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 15:24",
        "Behandlung Dienstag",
        "Liebe Praxis Impulse,\n\n"
        "das Telefonat zur Krankengymnastik am Dienstag, 7. Juli, hat stattgefunden. Die"
        " Übungen mache ich jeden Morgen.\n\n"
        "Herzliche Grüße\nGisela Neumann",
        client="plain")  # fmt: skip
    yes("hm21_neumann_webde_knapp.eml", 9, (1057,), ("2026-07-09",), "2026-07-09 10:57",
        request_subject(1057),
        "Ja. 9.7.\nGisela Neumann",
        client="webde", reply="cr-1057", style="webde")  # fmt: skip
    yes("hm22_brandt_kopenhagen.eml", 10, (1064,), ("2026-07-10",), "2026-07-10 18:40",
        request_subject(1064, "Re"),
        "Hi,\n\nconfirming that today's session (July 10) took place – worked fine from the"
        " holiday flat in Copenhagen.\n\nGreetings,\nLukas",
        client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True)  # fmt: skip
    yes("hm23_neumann_zwei_tage.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-16 17:03", "Bestätigung Behandlungen",
        "Guten Tag,\n\n"
        "ich bestätige, dass die beiden Behandlungen am 14. und am 16. Juli stattgefunden"
        " haben.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann\nTel. 030 8812 4471",
        client="plain")  # fmt: skip
    yes("hm24_neumann_verlegen.eml", 9, (1059,), ("2026-07-16",), "2026-07-16 11:15",
        request_subject(1059),
        "Ja, hat stattgefunden, danke.\n\n"
        "Am Dienstag (21.7.) habe ich um 9 Uhr einen Arzttermin. Könnten wir die Behandlung"
        " auf Mittwoch legen?\n\nGisela Neumann",
        client="plain", reply="cr-1059", style="gmail", staff=True,
        extra=("reschedule",), note="yes plus a wish to move the next session")  # fmt: skip
    yes("hm25_brandt_urlaub_31.eml", 10, (1065,), ("2026-07-17",), "2026-07-17 18:22",
        request_subject(1065),
        "Termin heute (17.07.) hat stattgefunden, danke.\n\n"
        "Kurze Info: am 31.7. bin ich in Urlaub und kann nicht, bitte den Termin streichen."
        "\n\nLukas",
        client="thunderbird", reply="cr-1065", style="thunderbird", staff=True,
        extra=("cancellation",), note="yes plus a holiday cancellation of 1067")  # fmt: skip


def late_july_and_stragglers() -> None:
    yes("hm26_neumann_passt.eml", 9, (1060,), (), "2026-07-21 10:48",
        request_subject(1060),
        "passt, hat stattgefunden",
        client="plain", reply="cr-1060", style="gmail",
        note="reply under the request for 1060 without a date")  # fmt: skip
    yes("hm27_richter_spaet_urlaub.eml", 8, (1054,), ("2026-06-24",), "2026-07-20 21:14",
        request_subject(1054),
        "Sorry für die späte Rückmeldung, war im Urlaub auf Kreta. 24.06. hat stattgefunden."
        "\n\nJonas",
        client="iphone", reply="cr-1054", style="iphone")  # fmt: skip
    yes("hm28_neumann_nachtrag.eml", 9, (1061, 1062), ("2026-07-23", "2026-07-28"),
        "2026-07-29 09:36", "Nachtrag",
        "Guten Morgen,\n\n"
        "entschuldigen Sie, dass ich mich erst jetzt melde. Die Behandlungen am 23. und am"
        " 28. Juli haben beide stattgefunden.\n\n"
        "Freundliche Grüße\nGisela Neumann",
        client="plain")  # fmt: skip
    yes("hm29_brandt_daumen.eml", 10, (1067,), (), "2026-07-31 17:44",
        request_subject(1067),
        "👍",
        client="thunderbird", reply="cr-1067", style="thunderbird",
        note="thumbs-up under the request for 1067")  # fmt: skip
    yes("hm30_berger_gmx_stil.eml", 24, (1146,), ("2026-06-03",), "2026-06-04 09:02",
        request_subject(1146),
        "Ja, die Behandlung am 3.6. hat stattgefunden. Vielen Dank an die Therapeutin!\n\n"
        "Ursula Berger",
        client="tonline", reply="cr-1146", style="tonline")  # fmt: skip


def holiday_replies() -> None:
    yes("hm31_brandt_aus_dem_urlaub.eml", 10, (1066,), ("2026-07-24",), "2026-08-10 20:05",
        request_subject(1066),
        "Sorry for the late answer, I was on vacation. Ja, der Termin am 24.7. hat"
        " stattgefunden.\n\nLukas",
        client="thunderbird", reply="cr-1066", style="thunderbird")  # fmt: skip
    yes("hm32_neumann_alles_gut.eml", 9, (1062,), ("2026-07-28",), "2026-07-28 16:30",
        request_subject(1062),
        "Alles gut, die Behandlung am 28.07. hat stattgefunden. Im August bin ich bei meiner"
        " Tochter in Hamburg, bis zum 20. bitte keine Termine.\n\nG. Neumann",
        client="plain", reply="cr-1062", style="outlook", staff=True, extra=("other",),
        note="yes plus a holiday notice for August")  # fmt: skip


def look_alikes() -> None:
    no("hm33_berger_danke.eml", 24, ("other",), "2026-06-11 10:15", "Danke",
       "Liebes Praxisteam,\n\nvielen Dank für Ihre Geduld mit mir und die guten Übungen."
       " Mein Rücken ist viel besser.\n\nHerzliche Grüße\nUrsula Berger",
       staff=False, note="a thank-you without a yes")  # fmt: skip
    no("hm34_richter_verpasst.eml", 8, ("other",), "2026-06-10 21:30", request_subject(1052),
       "Hallo, ich war heute leider nicht online – hab den Termin komplett verpasst, stand"
       " im Stau. Tut mir leid! Bitte nicht abrechnen.\n\nJonas",
       client="iphone", reply="cr-1052", style="iphone",
       note="missed session: 1052 did not take place")  # fmt: skip
    no("hm35_popescu_erinnerung.eml", 7, ("other",), "2026-06-29 11:40", reminder_subject(1050),
       "Ja, ich komme morgen. Danke\nElena",
       client="yahoo", reply="rem-1050", style="yahoo", staff=False,
       note="reply to the reminder: future session")  # fmt: skip
    no("hm36_hoffmann_rechnung.eml", 6, ("question",), "2026-07-06 08:47", "Rechnung Juni",
       "Sehr geehrte Damen und Herren,\n\n"
       "in Ihrer Rechnung vom 30.06.2026 ist die Krankengymnastik am Gerät zweimal"
       " aufgeführt, ich hatte im Juni aber nur einen Termin. Können Sie das bitte prüfen?"
       " Meine private Kasse fragt nach.\n\n"
       "Mit freundlichen Grüßen\nPeter Hoffmann",
       client="outlook", note="question about the invoice")  # fmt: skip
    no("hm37_brandt_urlaub_absage.eml", 10, ("cancellation",), "2026-07-13 09:12",
       "Termin 24.7.",
       "Hallo,\n\nam 24.7. bin ich im Urlaub auf Sardinien, bitte den Termin absagen."
       " Danke!\n\nLukas Brandt",
       client="thunderbird", note="holiday cancellation of 1066")  # fmt: skip
    no("hm38_brandt_videolink.eml", 10, ("technical", "question"), "2026-07-14 19:02",
       video_link_subject(1065),
       "Hallo, bei mir funktioniert der Zugangscode im Safari nicht, die Seite lädt nur."
       " Muss ich wirklich Chrome installieren?\n\nLukas",
       client="thunderbird", reply="vl-1065", style="thunderbird",
       note="reply to the video-link mail")  # fmt: skip
    no("hm39_neumann_abgebrochen.eml", 9, ("technical",), "2026-07-14 10:25",
       request_subject(1058),
       "Guten Tag,\n\ndie Behandlung heute am 14.7. wurde nach etwa zehn Minuten"
       " unterbrochen, die Leitung war plötzlich weg. Ich habe dann auf Ihren Rückruf"
       " gewartet, es kam aber keiner.\n\nGisela Neumann",
       client="plain", reply="cr-1058", style="gmail", dates=("2026-07-14",),
       note="session cut short: not confirmed")  # fmt: skip
    no("hm40_neumann_verschieben.eml", 9, ("reschedule",), "2026-07-20 11:05",
       reminder_subject(1060),
       "Guten Tag,\n\nmorgen um 9 Uhr passt es mir leider nicht. Könnten Sie mich stattdessen"
       " um 11 Uhr anrufen?\n\nMit freundlichen Grüßen\nGisela Neumann",
       client="plain", reply="rem-1060", style="outlook", note="wish to move 1060")  # fmt: skip


def main() -> None:
    load_practice()
    early_june()
    mid_june()
    early_july()
    late_july_and_stragglers()
    holiday_replies()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
