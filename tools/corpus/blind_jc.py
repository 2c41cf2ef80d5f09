"""Blind set JC: one ordinary July 2026 inbox of the practice.

Forty mails of July (and the first days of August): replies under our confirmation request
on the day or days later, a few new mails naming one or two days, a daughter writing for
her mother, English and learners' German, questions and wishes beside some yeses, and
eight look-alikes (a cancellation, a move, a missed call, a video problem, a prescription
question, a thank-you without a yes, a reply to a reminder, a wrong day). Each mail is
labelled with what a careful practice employee would record: `confirmed` only for the
patient's own scheduled, unconfirmed appointments plainly confirmed as held in full.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_jc")


def first_week() -> None:
    """Mails of 1 to 7 July."""
    yes("jc01_richter_kurz.eml", 8, [1055], ["2026-07-01"], "2026-07-01 19:52",
        request_subject(1055, "Re"), "Ja, hat stattgefunden. Danke!\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1055", style="iphone")  # fmt: skip
    yes("jc02_richter_frage.eml", 8, [1055], ["2026-07-01"], "2026-07-02 07:45",
        request_subject(1055),
        "Moin, ja, gestern hat stattgefunden. Kann ich die Rechnung für alle Termine "
        "gesammelt bekommen? Für die Versicherung wäre das einfacher.\nJonas",
        client="apple", reply="cr-1055", style="iphone", staff=True,
        extra=("question",))  # fmt: skip
    yes("jc03_richter_juni_nachtrag.eml", 8, [1054], ["2026-06-24"], "2026-07-02 08:15",
        request_subject(1054),
        "Guten Morgen,\n\nsorry, das ist bei mir untergegangen. Der Termin am 24.6. hat "
        "natürlich stattgefunden, hiermit bestätigt.\n\nJonas",
        client="apple", reply="cr-1054", style="iphone")  # fmt: skip
    yes("jc04_brandt_heute.eml", 10, [1063], ["2026-07-03"], "2026-07-03 17:48",
        request_subject(1063), "Bestätige den Termin von heute, lief gut.\n\nLG Lukas",
        client="gmail", reply="cr-1063", style="gmail")  # fmt: skip
    yes("jc05_richter_english.eml", 8, [1055], ["2026-07-01"], "2026-07-03 21:40",
        "Session on 1 July",
        "Hi,\n\njust confirming that my session on Wednesday, 1 July, took place as "
        "planned. Sorry for the late reply.\n\nCheers,\nJonas Richter", client="gmail")  # fmt: skip
    yes("jc06_brandt_frage_rezept.eml", 10, [1063], ["2026-07-03"], "2026-07-04 10:30",
        request_subject(1063),
        "Hallo, ja der Termin am 3.7. hat stattgefunden. Wie viele Termine habe ich "
        "eigentlich noch auf meinem Rezept?\nLukas", client="gmail", reply="cr-1063",
        style="gmail", staff=True, extra=("question",))  # fmt: skip
    yes("jc07_richter_juni_zwei.eml", 8, [1052, 1053], ["2026-06-10", "2026-06-17"],
        "2026-07-05 18:30", "Nachtrag Bestätigungen",
        "Hallo, mir ist aufgefallen dass ich zwei Termine nie bestätigt habe: 10.06. und "
        "17.06., beide haben stattgefunden. Gruß Jonas", client="iphone")  # fmt: skip
    yes("jc08_brandt_thunderbird_unten.eml", 10, [1063], ["2026-07-03"], "2026-07-06 09:31",
        request_subject(1063),
        "Hallo zusammen,\n\nja, die Videobehandlung am Freitag hat stattgefunden.\n\n"
        "Viele Grüße\nLukas Brandt", client="thunderbird", reply="cr-1063",
        style="thunderbird", bottom=True)  # fmt: skip
    yes("jc09_richter_outlook_en.eml", 8, [1051], ["2026-06-03"], "2026-07-06 12:10",
        request_subject(1051),
        "Hi team,\n\nconfirming the 3 June session, it took place. Sorry this is so late."
        "\n\nBest,\nJonas", client="outlook", reply="cr-1051", style="outlook_en")  # fmt: skip
    yes("jc10_neumann_foermlich.eml", 9, [1056], ["2026-07-07"], "2026-07-07 11:20",
        request_subject(1056),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische "
        "Behandlung am 7.7.2026.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="tonline", reply="cr-1056", style="tonline")  # fmt: skip


def second_week() -> None:
    """Mails of 8 to 15 July."""
    no("jc11_richter_rezept.eml", 8, ("question",), "2026-07-08 14:22",
       "Frage Rezept",
       "Hallo,\n\nmeine Termine sind jetzt durch. Brauche ich für weitere Behandlungen ein "
       "neues Rezept vom Orthopäden, oder reicht das alte noch? Ich bin privat versichert."
       "\n\nDanke und Gruß\nJonas Richter", client="apple")  # fmt: skip
    yes("jc12_neumann_lerner.eml", 9, [1056], ["2026-07-07"], "2026-07-08 17:45",
        request_subject(1056),
        "Guten Tag, ich bin Nachbarin von Frau Neumann, sie hat mich gebeten zu schreiben. "
        "Die Behandlung am Dienstag hat stattgefunden, sie sagt ja. Viele Grüße, Oksana",
        client="webde", reply="cr-1056", style="webde", name="Oksana Melnyk")  # fmt: skip
    yes("jc13_neumann_tochter.eml", 9, [1057], ["2026-07-09"], "2026-07-09 13:05",
        request_subject(1057),
        "Hallo,\n\nich schreibe für meine Mutter, die mit dem Computer nicht so gut "
        "zurechtkommt. Die Behandlung heute früh am Telefon hat stattgefunden, das "
        "bestätigen wir hiermit gern.\n\nGruß\nPetra Neumann (Tochter)",
        client="gmail", reply="cr-1057", style="gmail", name="Petra Neumann")  # fmt: skip
    no("jc14_brandt_erinnerung.eml", 10, ("other",), "2026-07-09 18:44",
       reminder_subject(1064), "Danke für die Erinnerung, bin morgen dabei!",
       client="iphone", reply="rem-1064", style="iphone", staff=False,
       note="reply to the reminder before the session: nothing took place yet")  # fmt: skip
    yes("jc15_brandt_frage_knie.eml", 10, [1064], ["2026-07-10"], "2026-07-10 17:52",
        request_subject(1064),
        "Hallo,\n\nder Termin am 10.07. hat stattgefunden. Eine Frage noch: kann ich die "
        "Übungen auch machen, wenn das Knie morgens noch weh tut?\n\nGruß Lukas Brandt",
        client="outlook", reply="cr-1064", style="outlook", staff=True,
        extra=("question",))  # fmt: skip
    yes("jc16_brandt_samsung.eml", 10, [1064], ["2026-07-10"], "2026-07-11 09:03",
        request_subject(1064), "Ja hat stattgefunden gestern\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1064", style="samsung")  # fmt: skip
    yes("jc17_brandt_falscher_tag.eml", 10, [], ["2026-07-11"], "2026-07-12 20:13",
        "Bestätigung",
        "Hallo, hiermit bestätige ich meinen Termin am Samstag, 11.7. Grüße Lukas",
        client="webde", staff=True,
        note="names a day with no appointment (his session was Friday 10.7.): staff looks")  # fmt: skip


def third_week() -> None:
    """Mails of 16 to 24 July."""
    yes("jc18_neumann_ja.eml", 9, [1059], ["2026-07-16"], "2026-07-16 10:52",
        request_subject(1059), "Ja war heute. G. Neumann",
        client="webde", reply="cr-1059", style="webde")  # fmt: skip
    yes("jc19_neumann_zwei_tage.eml", 9, [1058, 1059], ["2026-07-14", "2026-07-16"],
        "2026-07-16 15:48", "Bestätigung Krankengymnastik",
        "Guten Tag,\n\nhiermit bestätige ich die Behandlungen am Dienstag, den 14.7. und "
        "am Donnerstag, den 16.7. (jeweils telefonisch).\n\nFreundliche Grüße\n"
        "Gisela Neumann", client="tonline")  # fmt: skip
    yes("jc20_neumann_16_tochter_en.eml", 9, [1059], ["2026-07-16"], "2026-07-16 20:10",
        request_subject(1059, "Re"),
        "Hello, I'm Gisela's son-in-law writing on her behalf. She asked me to confirm "
        "that this morning's phone session took place. Kind regards, Mark",
        client="gmail", reply="cr-1059", style="gmail_en", name="Mark Evans")  # fmt: skip
    yes("jc21_brandt_passt.eml", 10, [1065], ["2026-07-17"], "2026-07-17 17:41",
        request_subject(1065), "Passt, bestätigt!\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1065", style="iphone")  # fmt: skip
    yes("jc22_brandt_lernend.eml", 10, [1065], ["2026-07-17"], "2026-07-18 12:00",
        request_subject(1065),
        "Hallo, ich bestatige die Behandlung am 17.07 war gut gemacht. Vielen dank. "
        "Lukas", client="yahoo", reply="cr-1065", style="yahoo")  # fmt: skip
    yes("jc23_neumann_14_spaet.eml", 9, [1058], ["2026-07-14"], "2026-07-19 11:27",
        request_subject(1058),
        "Liebe Praxis,\nentschuldigen Sie die späte Antwort, ich war bei meiner Schwester. "
        "Die Behandlung am 14. Juli hat stattgefunden, ich bestätige das.\n"
        "Herzliche Grüße Gisela Neumann", client="tonline", reply="cr-1058",
        style="tonline")  # fmt: skip
    yes("jc24_richter_englisch_spaet.eml", 8, [1055], ["2026-07-01"], "2026-07-20 22:05",
        request_subject(1055, "Re"),
        "Hey, sorry for the delay - yes, the session on July 1st happened. Thanks!",
        client="gmail", reply="cr-1055", style="gmail_en")  # fmt: skip
    no("jc25_neumann_verpasst.eml", 9, ("other",), "2026-07-21 10:45",
       request_subject(1060),
       "Guten Tag,\nich muss Ihnen leider sagen, dass ich heute den Anruf verpasst habe, "
       "ich war beim Hausarzt und das Telefon lag zu Hause. Die Behandlung hat also nicht "
       "stattgefunden. Bitte rufen Sie mich wegen eines Ersatztermins an.\n"
       "Mit freundlichen Grüßen\nGisela Neumann", client="tonline", reply="cr-1060",
       style="tonline", note="missed session: nothing may be confirmed")  # fmt: skip
    no("jc26_brandt_verschieben.eml", 10, ("reschedule",), "2026-07-21 19:12",
       "Termin 24.7. verschieben?",
       "Hi, wäre es möglich, den Termin am Freitag 24.7. auf Donnerstag zu verschieben? "
       "Uhrzeit egal. Danke, Lukas", client="iphone")  # fmt: skip
    yes("jc27_neumann_21_tochter.eml", 9, [1060], ["2026-07-21"], "2026-07-22 19:30",
        request_subject(1060),
        "Hallo liebes Praxisteam, Mama lässt ausrichten: die Behandlung gestern am "
        "Telefon hat stattgefunden. Danke und Gruß, Petra",
        client="samsung", reply="cr-1060", style="samsung", name="Petra Neumann")  # fmt: skip
    yes("jc28_neumann_23.eml", 9, [1061], ["2026-07-23"], "2026-07-23 10:58",
        request_subject(1061),
        "Sehr geehrtes Team,\n\nich bestätige die heutige Behandlung vom 23.07.2026.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann", client="tonline", reply="cr-1061",
        style="tonline")  # fmt: skip
    yes("jc29_neumann_23_bemerkung.eml", 9, [1061], ["2026-07-23"], "2026-07-24 09:15",
        request_subject(1061),
        "Guten Morgen,\n\nja, die Behandlung gestern hat stattgefunden. Die neue Übung "
        "mit dem Handtuch gefällt mir sehr.\n\nGisela Neumann", client="tonline",
        reply="cr-1061", style="tonline")  # fmt: skip
    no("jc30_brandt_video_abbruch.eml", 10, ("technical",), "2026-07-24 17:50",
       request_subject(1066),
       "Hallo,\n\nbestätigen kann ich das so leider nicht: das Video ist heute nach "
       "ungefähr zehn Minuten eingefroren, danach ging nur noch der Ton und wir haben "
       "dann abgebrochen. Wie machen wir das jetzt?\n\nGruß\nLukas Brandt",
       client="gmail", reply="cr-1066", style="gmail", dates=["2026-07-24"],
       note="session cut short by a video problem: not held in full")  # fmt: skip
    yes("jc31_brandt_yahoo.eml", 10, [1066], ["2026-07-24"], "2026-07-24 18:02",
        request_subject(1066),
        "hallo, bestätige termin heute 24.7. danke lukas", client="yahoo",
        reply="cr-1066", style="yahoo")  # fmt: skip


def month_end() -> None:
    """Mails of 25 July to early August."""
    yes("jc32_brandt_24.eml", 10, [1066], ["2026-07-24"], "2026-07-25 10:12",
        request_subject(1066),
        "Moin,\nTermin gestern hat stattgefunden, alles gut.\nLukas",
        client="webde", reply="cr-1066", style="webde")  # fmt: skip
    yes("jc33_neumann_umlegen.eml", 9, [1062], ["2026-07-28"], "2026-07-28 10:40",
        request_subject(1062),
        "Guten Tag,\n\ndie Behandlung heute hat stattgefunden, danke schön.\n"
        "Könnten wir den nächsten Termin am Donnerstag vielleicht auf 10 Uhr legen? Um 9 "
        "kommt der Pflegedienst.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="tonline", reply="cr-1062", style="tonline", staff=True,
        extra=("reschedule",))  # fmt: skip
    no("jc34_brandt_absage.eml", 10, ("cancellation",), "2026-07-29 08:05",
       "Absage Freitag",
       "Hallo,\n\nich muss den Termin am Freitag, 31.7., leider absagen, ich bin "
       "beruflich unterwegs. Sorry für die kurzfristige Info.\n\nViele Grüße\nLukas Brandt",
       client="outlook")  # fmt: skip
    yes("jc35_neumann_28_unten.eml", 9, [1062], ["2026-07-28"], "2026-07-29 08:50",
        request_subject(1062),
        "Ja, die Behandlung am Dienstag war. Vielen Dank.\nGisela Neumann",
        client="thunderbird", reply="cr-1062", style="thunderbird", bottom=True)  # fmt: skip
    no("jc36_neumann_dank.eml", 9, ("other",), "2026-07-30 16:33",
       "Dankeschön",
       "Liebes Praxisteam,\n\nich wollte mich einfach einmal bedanken. Die Übungen tun mir "
       "gut und ich komme wieder besser die Treppe hoch.\n\nHerzliche Grüße\n"
       "Gisela Neumann", client="tonline", staff=False,
       note="a thank-you without naming any session")  # fmt: skip
    yes("jc37_brandt_english_31.eml", 10, [1067], ["2026-07-31"], "2026-07-31 17:58",
        request_subject(1067, "Re"),
        "Hi,\n\nyes, today's session took place. Have a nice weekend!\n\nLukas",
        client="gmail", reply="cr-1067", style="gmail_en")  # fmt: skip
    yes("jc38_brandt_zwei_freitage.eml", 10, [1064, 1065], ["2026-07-10", "2026-07-17"],
        "2026-08-02 11:05", "Bestätigung Juli",
        "Hallo,\n\nich hatte noch zwei Bestätigungen offen: die Termine am 10. und am 17. "
        "Juli haben beide stattgefunden.\n\nBeste Grüße\nLukas Brandt", client="gmail")  # fmt: skip
    yes("jc39_brandt_outlook_classic.eml", 10, [1067], ["2026-07-31"], "2026-08-03 08:47",
        request_subject(1067),
        "Guten Morgen,\n\nbestätige hiermit die Behandlung vom 31.07.\n\nMfG\nL. Brandt",
        client="outlook", reply="cr-1067", style="outlook_classic")  # fmt: skip
    yes("jc40_neumann_drei_tage.eml", 9, [1056, 1057, 1058],
        ["2026-07-07", "2026-07-09", "2026-07-14"], "2026-08-03 10:20",
        "Meine Behandlungen",
        "Guten Tag,\n\nmeine Tochter sagt, es fehlen noch Bestätigungen. Die Behandlungen "
        "am 7., 9. und 14. Juli haben alle stattgefunden.\n\nMit freundlichen Grüßen\n"
        "Gisela Neumann", client="tonline")  # fmt: skip


def main() -> None:
    load_practice()
    first_week()
    second_week()
    third_week()
    month_end()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
