"""Blind set HS: an ordinary practice inbox at the turn of the year 2025/26.

The practice snapshot holds no December appointments, so the set covers the January 2026
sessions (Sophie Wagner's Monday videos, Hans-Jürgen Wolff's Friday calls, Sabine Krüger's
Tuesday videos) and the mails around them: short replies under our confirmation request
(a yes, the date, "hat stattgefunden", a thumbs-up, New Year's wishes beside the yes),
new mails naming one to three days, late answers weeks after, bottom posting, some English
and learners' German from patients without a January session, and look-alikes (a holiday
cancellation, a reschedule, a missed session, an invoice question, replies to a reminder
and a video-link mail, a season's greeting without a yes). Every mail is its own scenario
against the same snapshot, so one appointment may be confirmed by several mails.

Labelled by hand: `confirmed` holds only the patient's own scheduled, not yet confirmed
appointments the mail plainly confirms as held in full; `dates` the days the mail itself
names as held; `needs_staff` whatever a careful employee would have to look at or do.

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

HERE = data_dir("blind_hs")


def short_replies() -> None:
    yes(
        "hs01_wagner_ja_neujahr.eml",
        21,
        [1124],
        [],
        "2026-01-12 10:14",
        request_subject(1124),
        "Ja, hat stattgefunden. Ihnen noch ein frohes neues Jahr!\n\nSophie Wagner",
        client="gmail",
        reply="cr-1124",
        style="gmail",
    )
    yes(
        "hs02_wolff_datum.eml",
        4,
        [1028],
        ["2026-01-16"],
        "2026-01-16 16:40",
        request_subject(1028),
        "Guten Tag,\n\ndie Behandlung am 16.01.2026 hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline",
        reply="cr-1028",
        style="tonline",
    )
    yes(
        "hs03_krueger_passt.eml",
        1,
        [1003],
        [],
        "2026-01-27 11:02",
        request_subject(1003),
        "Passt 👍\n\nVon meinem iPhone gesendet",
        client="iphone",
        reply="cr-1003",
        style="iphone",
    )
    yes(
        "hs04_wagner_alles_gut.eml",
        21,
        [1125],
        [],
        "2026-01-19 12:31",
        request_subject(1125),
        "alles gut, danke!",
        client="samsung",
        reply="cr-1125",
        style="samsung",
    )
    yes(
        "hs05_wagner_bottom.eml",
        21,
        [1126],
        [],
        "2026-01-26 19:05",
        request_subject(1126),
        "Ja, bestätigt.\n\nViele Grüße\nSophie",
        client="thunderbird",
        reply="cr-1126",
        style="thunderbird",
        bottom=True,
    )
    yes(
        "hs06_wolff_daumen.eml",
        4,
        [1030],
        [],
        "2026-01-30 15:12",
        request_subject(1030),
        "👍",
        client="samsung",
        reply="cr-1030",
        style="samsung",
    )
    yes(
        "hs07_krueger_bestaetigt_datum.eml",
        1,
        [1003],
        ["2026-01-27"],
        "2026-01-27 18:45",
        request_subject(1003),
        "Hallo,\n\nhiermit bestätige ich den Termin vom 27.01. – war wieder sehr hilfreich, "
        "der Nacken ist deutlich lockerer.\n\nLG Sabine Krüger",
        client="webde",
        reply="cr-1003",
        style="webde",
    )
    yes(
        "hs08_wolff_jawohl.eml",
        4,
        [1029],
        [],
        "2026-01-23 14:58",
        request_subject(1029),
        "Jawohl, Telefonat hat stattgefunden.\nGruß Wolff",
        client="tonline",
        reply="cr-1029",
        style="tonline",
    )
    yes(
        "hs09_wagner_kurz.eml",
        21,
        [1124],
        [],
        "2026-01-13 07:50",
        request_subject(1124),
        "ja",
        client="iphone",
        reply="cr-1124",
        style="iphone",
    )
    yes(
        "hs10_krueger_bottom_outlook.eml",
        1,
        [1003],
        [],
        "2026-01-28 08:30",
        request_subject(1003, "Re"),
        "Guten Morgen,\nja, die Sitzung hat wie geplant stattgefunden.\nViele Grüße\nS. Krüger",
        client="thunderbird",
        reply="cr-1003",
        style="thunderbird",
        bottom=True,
    )


def late_and_new() -> None:
    yes(
        "hs11_wolff_spaet.eml",
        4,
        [1029],
        ["2026-01-23"],
        "2026-02-20 10:05",
        request_subject(1029),
        "Sehr geehrte Damen und Herren,\n\nentschuldigen Sie die späte Antwort, die Mail war im "
        "Spam gelandet. Der Termin am 23. Januar hat selbstverständlich stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="outlook",
        reply="cr-1029",
        style="outlook_classic",
    )
    yes(
        "hs12_wolff_neu_30jan.eml",
        4,
        [1030],
        ["2026-01-30"],
        "2026-01-31 09:12",
        "Bestätigung Termin 30.1.",
        "Guten Morgen,\n\nich bestätige die telefonische Krankengymnastik am Freitag, "
        "30.01.2026.\n\nMfG\nH.-J. Wolff",
        client="tonline",
    )
    yes(
        "hs13_wagner_drei_termine.eml",
        21,
        [1124, 1125, 1126],
        ["2026-01-12", "2026-01-19", "2026-01-26"],
        "2026-01-27 21:40",
        "Bestätigung Januar",
        "Hallo liebes Praxisteam,\n\nich hab gemerkt, dass ich eure Mails nicht beantwortet "
        "habe, sorry! Hiermit bestätige ich die Videotermine am 12.1., 19.1. und 26.1., alle "
        "haben stattgefunden.\n\nLiebe Grüße\nSophie Wagner",
        client="gmail",
    )
    yes(
        "hs14_wolff_zwei_freitage.eml",
        4,
        [1028, 1029],
        ["2026-01-16", "2026-01-23"],
        "2026-01-24 11:20",
        "Termine",
        "Hallo,\nbeide Telefontermine, 16. und 23. Januar, haben stattgefunden. Bitte so "
        "abrechnen.\nGruß\nHans-Jürgen Wolff",
        client="tonline",
    )
    yes(
        "hs15_krueger_nach_wochen.eml",
        1,
        [1003],
        ["2026-01-27"],
        "2026-02-16 20:02",
        request_subject(1003),
        "Oh je, die ist mir total durchgerutscht. Ja, am 27. Januar war der Termin, "
        "hat alles gepasst.\n\nSabine",
        client="webde",
        reply="cr-1003",
        style="webde",
    )
    yes(
        "hs16_wagner_montag.eml",
        21,
        [1125],
        ["2026-01-19"],
        "2026-01-20 08:15",
        "Termin Montag",
        "Guten Morgen,\n\nkurze Bestätigung: die Videobehandlung gestern (Montag, 19.01.) hat "
        "stattgefunden.\n\nViele Grüße\nSophie Wagner",
        client="gmail",
    )
    yes(
        "hs17_wolff_doppelt.eml",
        4,
        [],
        ["2026-01-09"],
        "2026-01-10 10:00",
        request_subject(1027),
        "Hatte ich gestern schon per Telefon gesagt, aber gern nochmal schriftlich: der "
        "Termin am 9.1. hat stattgefunden.\nWolff",
        client="tonline",
        reply="cr-1027",
        style="tonline",
        note="1027 is already confirmed; nothing new to record",
    )
    yes(
        "hs18_krueger_schon_bestaetigt.eml",
        1,
        [],
        [],
        "2026-01-20 18:10",
        request_subject(1002),
        "Ja klar, war super heute. Danke!",
        client="iphone",
        reply="cr-1002",
        style="iphone",
        note="1002 is already confirmed; nothing new to record",
    )


def with_more() -> None:
    yes(
        "hs19_wagner_ja_verschieben.eml",
        21,
        [1125],
        [],
        "2026-01-19 11:03",
        request_subject(1125),
        "Ja, hat stattgefunden.\n\nKönnten wir den Termin am 26.01. auf den Nachmittag "
        "verlegen? Ich habe vormittags einen Arzttermin.\n\nDanke & Gruß\nSophie",
        client="gmail",
        reply="cr-1125",
        style="gmail",
        staff=True,
        extra=("reschedule",),
    )
    yes(
        "hs20_wolff_ja_frage.eml",
        4,
        [1028],
        [],
        "2026-01-16 17:30",
        request_subject(1028),
        "Ja, bestätige ich.\n\nEine Frage noch: Wie viele Termine sind auf meinem Rezept noch "
        "übrig? Mein Hausarzt will das wissen.\n\nMfG Wolff",
        client="tonline",
        reply="cr-1028",
        style="tonline",
        staff=True,
        extra=("question",),
    )
    yes(
        "hs21_krueger_ja_rechnung.eml",
        1,
        [1003],
        [],
        "2026-01-27 12:40",
        request_subject(1003),
        "Hallo, ja, das hat stattgefunden. Bekomme ich für Januar eine Zuzahlungsquittung? "
        "Die brauche ich für die Steuer.\nGruß Sabine Krüger",
        client="webde",
        reply="cr-1003",
        style="webde",
        staff=True,
        extra=("question",),
    )
    yes(
        "hs22_wagner_ja_abgebrochen.eml",
        21,
        [],
        ["2026-01-26"],
        "2026-01-26 10:20",
        request_subject(1126),
        "Hallo, die Stunde heute hat zwar angefangen, aber nach ca. 10 Minuten ist meine "
        "Verbindung komplett weg gewesen und ich kam nicht mehr rein. Weiß nicht, ob man das "
        "so zählen kann?\n\nSophie Wagner",
        client="gmail",
        reply="cr-1126",
        style="gmail",
        staff=True,
        extra=("technical",),
        note="session cut short: not confirmed in full",
    )
    yes(
        "hs23_wolff_bottom_ja.eml",
        4,
        [1030],
        [],
        "2026-02-02 09:45",
        request_subject(1030),
        "Ja hat stattgefunden. Bin ab nächster Woche zwei Wochen in Kur, die Termine am 6. "
        "und 13.2. bitte streichen.\n\nH.-J. Wolff",
        client="outlook",
        reply="cr-1030",
        style="outlook",
        bottom=True,
        staff=True,
        extra=("cancellation",),
    )
    yes(
        "hs24_krueger_unsicher.eml",
        1,
        [],
        [],
        "2026-01-28 19:00",
        request_subject(1003),
        "Hm, ich glaube schon? Ich hatte diese Woche so viel um die Ohren, ich weiß ehrlich "
        "gesagt nicht mehr, ob das Dienstag war oder ob wir verschoben hatten. Können Sie "
        "nachsehen?\nSabine",
        client="iphone",
        reply="cr-1003",
        style="iphone",
        staff=True,
        extra=("question",),
        note="doubtful: the patient is not sure",
    )
    yes(
        "hs25_wagner_drei_einer_nicht.eml",
        21,
        [1124, 1126],
        ["2026-01-12", "2026-01-26"],
        "2026-01-29 13:00",
        "Januar-Termine",
        "Hallo,\n\nzur Abrechnung: 12.01. und 26.01. haben stattgefunden. Am 19.01. war ich "
        "krank und hatte abgesagt – falls der bei Ihnen noch drinsteht, bitte rausnehmen.\n\n"
        "Viele Grüße\nSophie Wagner",
        client="gmail",
        staff=True,
        extra=("cancellation",),
        note="19.01. was not held by the patient's account; staff must check the calendar",
    )


def other_languages() -> None:
    yes(
        "hs26_carter_english.eml",
        11,
        [],
        ["2026-01-14"],
        "2026-01-14 18:20",
        "Session today",
        "Hi there,\n\nJust confirming that my session on 14 January took place. Happy New Year "
        "to the whole team!\n\nBest,\nEmily",
        client="gmail",
        staff=True,
        note="no appointment of Emily Carter on that day",
    )
    yes(
        "hs27_oneill_english.eml",
        23,
        [],
        ["2026-01-21", "2026-01-28"],
        "2026-01-29 08:05",
        "Confirmation January sessions",
        "Hello,\n\nplease take this as confirmation of my sessions on Jan 21 and Jan 28.\n\n"
        "Kind regards,\nJames O'Neill",
        client="outlook",
        staff=True,
        note="no appointments of James O'Neill on those days",
    )
    yes(
        "hs28_yildiz_lerner.eml",
        12,
        [],
        ["2026-01-15"],
        "2026-01-15 17:45",
        "Termin",
        "Hallo,\nich bestetige das termin am 15.1 war gemacht. Alles gut, danke fur hilfe.\n"
        "Fatma Yildiz",
        client="webde",
        staff=True,
        note="no appointment of Fatma Yıldız on that day",
    )
    yes(
        "hs29_aydin_lerner.eml",
        22,
        [],
        ["2026-01-22"],
        "2026-01-22 14:10",
        "Bestetigung",
        "Sehr geehrte Praxis\nDie Telefon Behandlung heute 22.01 ist gewesen. Ich bestätige.\n"
        "Mit freundliche Grüße\nMehmet Aydın",
        client="plain",
        staff=True,
        note="no appointment of Mehmet Aydın on that day",
    )
    yes(
        "hs30_wagner_english_reply.eml",
        21,
        [1126],
        [],
        "2026-01-26 13:33",
        request_subject(1126, "Re"),
        "Yes, confirmed - thanks!\n\nSophie",
        client="gmail",
        reply="cr-1126",
        style="gmail",
    )
    yes(
        "hs31_krueger_neujahr_ja.eml",
        1,
        [1003],
        [],
        "2026-01-27 10:55",
        request_subject(1003),
        "Ja, danke! Und nachträglich noch ein gesundes neues Jahr an Sie alle 🎆",
        client="iphone",
        reply="cr-1003",
        style="iphone",
    )
    yes(
        "hs32_wolff_outlook_ja.eml",
        4,
        [1028],
        [],
        "2026-01-19 08:20",
        request_subject(1028),
        "Guten Morgen,\n\nja, der Termin hat stattgefunden. Entschuldigen Sie die Verzögerung, "
        "wir waren übers Wochenende bei den Enkeln.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="outlook",
        reply="cr-1028",
        style="outlook",
    )


def look_alikes() -> None:
    no(
        "hs33_neumann_feiertage_absage.eml",
        9,
        ("cancellation",),
        "2025-12-19 09:30",
        "Absage über die Feiertage",
        "Guten Tag,\n\nich bin über Weihnachten und Neujahr bei meiner Tochter in Hamburg und "
        "kann bis Mitte Januar keine Termine wahrnehmen. Bitte melden Sie sich danach wegen "
        "neuer Termine.\n\nFrohe Weihnachten!\nGisela Neumann",
        client="plain",
    )
    no(
        "hs34_krueger_verschieben.eml",
        1,
        ("reschedule",),
        "2026-01-22 20:15",
        "Termin 27.01. verschieben?",
        "Hallo, ginge der Termin am Dienstag 27.01. auch eine Stunde später, also 11 Uhr? "
        "LG Sabine Krüger",
        client="webde",
    )
    no(
        "hs35_wolff_verpasst.eml",
        4,
        ("other",),
        "2026-01-30 16:05",
        request_subject(1030),
        "Guten Tag,\n\nich habe heute den Anruf leider verpasst, mein Telefon war auf lautlos. "
        "Der Termin hat also nicht stattgefunden. Was machen wir nun?\n\nMfG Wolff",
        client="tonline",
        reply="cr-1030",
        style="tonline",
        note="missed session: nothing held, nothing to confirm",
    )
    no(
        "hs36_becker_rechnung.eml",
        2,
        ("question",),
        "2026-01-08 11:40",
        "Rechnung Dezember",
        "Sehr geehrte Damen und Herren,\n\nin der Rechnung für Dezember sind zwei Termine "
        "aufgeführt, ich hatte aber nur einen. Können Sie das bitte prüfen?\n\n"
        "Mit freundlichen Grüßen\nThomas Becker",
        client="plain",
    )
    no(
        "hs37_wolff_erinnerung.eml",
        4,
        ("other",),
        "2026-01-22 18:00",
        reminder_subject(1029),
        "Danke für die Erinnerung, ich bin morgen um 14 Uhr erreichbar.\nGruß Wolff",
        client="tonline",
        reply="rem-1029",
        style="tonline",
        staff=False,
        note="reply to a reminder before the session",
    )
    no(
        "hs38_wagner_videolink.eml",
        21,
        ("technical",),
        "2026-01-19 09:20",
        video_link_subject(1125),
        "Hallo, der Link öffnet bei mir nur eine weiße Seite. Gibt es einen anderen Weg?\nSophie",
        client="iphone",
        reply="vl-1125",
        style="iphone",
    )
    no(
        "hs39_schulz_gruesse.eml",
        5,
        ("other",),
        "2025-12-23 15:10",
        "Frohe Weihnachten",
        "Liebes Praxisteam,\n\nvielen Dank für die tolle Betreuung in diesem Jahr! Ich wünsche "
        "Ihnen frohe Weihnachten und einen guten Rutsch.\n\nHerzliche Grüße\nMarie Schulz",
        client="plain",
        staff=False,
    )
    no(
        "hs40_krueger_absage_zukunft.eml",
        1,
        ("cancellation",),
        "2026-01-29 07:40",
        "Absage 03.02.",
        "Guten Morgen, den Termin am 3. Februar muss ich leider absagen, bin krank "
        "geworden.\nSabine Krüger",
        client="iphone",
    )


def main() -> None:
    load_practice()
    short_replies()
    late_and_new()
    with_more()
    other_languages()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
