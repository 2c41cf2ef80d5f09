"""Write blind set EK: a plain, representative inbox of the whole year, nothing themed.

40 mails: 30 confirm at least one session (mostly short replies under our request in
many mail programs, with and without the date, some new mails, some several days at
once, a few late, a few with a question or problem beside the yes) and 10 look-alikes
(a cancellation, a reschedule, a question about a coming session, a missed session, a
reply to a reminder, a cancelled or already confirmed day "confirmed").

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ek`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_ek")


def short_replies() -> None:
    yes("ek01_krueger_ja_datum.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 14:12", re(1003),
        "Hallo,\nja die Stunde am 27.1. hat stattgefunden.\nGruß Sabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("ek02_becker_ok.eml", 2, (1010,), (), "2026-02-02 20:41", re(1010),
        "Bestätigt.\n\nT. Becker\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1010", style="iphone",
        note="a bare yes under our request for 02.02.2026")  # fmt: skip
    yes("ek03_demir_klein.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 11:03", re(1019),
        "ja termin am 04.03 war\nlg aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("ek04_wolff_fomal.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 18:30", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische"
        " Behandlung am Freitag, den 16. Januar 2026 stattgefunden hat.\n\nMit freundlichen"
        " Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("ek05_schulz_danke.eml", 5, (1034,), (), "2026-04-16 19:55", re(1034),
        "Ja hat geklappt, danke! Bis nächste Woche\nMarie",
        client="thunderbird", reply="cr-1034", style="thunderbird",
        note="a yes under our request, no day named")  # fmt: skip
    yes("ek06_hoffmann_outlook.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 10:15", re(1040),
        "Guten Morgen,\n\nich bestätige den Termin vom 04.05.2026 (KG am Gerät).\n\nBeste"
        " Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("ek07_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 15:20", re(1046),
        "Hallo, ich bestätige die Behandlung am 2 Juni hat stattgefunden. Vielen dank\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("ek08_richter_bottom.eml", 8, (1051,), (), "2026-06-03 21:47", re(1051),
        "Jo, hat stattgefunden 👍",
        client="iphone", reply="cr-1051", style="iphone", bottom=True,
        note="bottom-posted yes under our request")  # fmt: skip
    yes("ek09_neumann_lang.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 16:40", re(1056),
        "Liebe Praxis,\n\ndas Telefonat mit Frau Petersen heute am 7.7. hat stattgefunden,"
        " es hat mir wieder gut getan. Die Übungen mache ich jeden Morgen.\n\nHerzliche"
        " Grüße\nGisela Neumann",
        reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("ek10_brandt_en.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 19:02", re(1063, "Re"),
        "Hi, yes the session on 3 July took place. Cheers, Lukas",
        client="thunderbird", reply="cr-1063", style="thunderbird")  # fmt: skip
    yes("ek11_carter_en.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:30",
        re(1069, "Re"),
        "Hello,\n\nConfirming that my appointment on Monday 3rd August went ahead.\n\nBest,"
        "\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("ek12_yildiz_samsung.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:10", re(1075),
        "Ja war am 5.8 \nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1075", style="samsung")  # fmt: skip
    yes("ek13_vogel_knapp.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:12", re(1082),
        "10.09. bestätigt.\nMV\n\n--\nDr. Michael Vogel\nVogel & Partner Steuerberater\nTel."
        " 089 4471230",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("ek14_lehmann_gmail.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 17:44", re(1087),
        "Hallo zusammen,\nja, die Sitzung am 08.09. hat stattgefunden.\nViele Grüße\nAnna"
        " Lehmann",
        client="gmail", reply="cr-1087", style="gmail")  # fmt: skip
    yes("ek15_zimmermann_klein.eml", 15, (1093,), (), "2026-10-05 15:33", re(1093),
        "jawohl hat stattgefunden\nzimmermann",
        reply="cr-1093", style="thunderbird",
        note="a yes under our request, no day named")  # fmt: skip
    yes("ek16_schaefer_webde.eml", 16, (1098,), ("2026-10-07",), "2026-10-07 21:05", re(1098),
        "Guten Abend, die Videobehandlung am Mittwoch 07.10. hat stattgefunden. LG Birgit"
        " Schäfer",
        client="webde", reply="cr-1098", style="webde")  # fmt: skip
    yes("ek17_jansen_kurz.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:01", re(1104),
        "22.10. ✔️ danke",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("ek18_koch_tonline.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 18:20", re(1109),
        "Hallo,\n\nja, am Montag den 23. März hat die Behandlung am Telefon stattgefunden.\n\n"
        "Gruß\nRenate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("ek19_nowak_apple.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:30", re(1116),
        "Bestätige hiermit den Termin vom 6.11.\n\nDavid",
        client="apple", reply="cr-1116", style="iphone")  # fmt: skip
    yes("ek20_aydin_dialekt.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 17:15", re(1130),
        "Hallo ja des war am 19.2. alles gut gelaufen\nGruß Mehmet",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("ek21_oneill_en.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:05",
        re(1136, "RE"),
        "Yes, the phone session on 14/04 took place. Thanks, James",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("ek22_berger_ja.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 12:48", re(1142),
        "Ja, die Behandlung am 6. Mai hat stattgefunden.\nMfG U. Berger",
        reply="cr-1142", style="thunderbird")  # fmt: skip


def new_mails_and_several() -> None:
    yes("ek23_becker_mehrere.eml", 2, (1011, 1012, 1013),
        ("2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-13 08:20",
        "Bestätigung Termine",
        "Guten Morgen,\n\nich bestätige die Telefontermine am 05.02., 09.02. und 12.02.2026,"
        " alle haben stattgefunden.\n\nGruß\nThomas Becker",
        client="webde")  # fmt: skip
    yes("ek24_wolff_nachtrag.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-01 11:00", "Behandlungen Januar",
        "Guten Tag,\n\nbitte entschuldigen Sie, ich habe vergessen zu antworten. Die"
        " Anrufe am 23.01. und am 30.01. haben beide stattgefunden.\n\nMfG\nH.-J. Wolff",
        client="tonline")  # fmt: skip
    yes("ek25_neumann_spaet.eml", 9, (1057, 1058), ("2026-07-09", "2026-07-14"),
        "2026-08-20 10:10", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nich war im Urlaub und habe die Mails erst jetzt"
        " gesehen. Die Termine am 9. Juli und am 14. Juli haben stattgefunden.\n\nMit"
        " freundlichen Grüßen\nGisela Neumann")  # fmt: skip
    yes("ek26_wagner_betreff.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 13:40",
        "Termin 12.01.2026 bestätigt", "Hallo, siehe Betreff :)\nSophie Wagner",
        client="gmail")  # fmt: skip
    yes("ek27_koch_frage.eml", 18, (1110,), ("2026-03-25",), "2026-03-25 17:30", re(1110),
        "Hallo,\nja der Termin am 25.3. hat stattgefunden. Ich hätte noch eine Frage: Kann"
        " ich die Rezeptkopie auch per Post schicken? Ich habe keinen Scanner.\nGruß R. Koch",
        client="tonline", reply="cr-1110", style="tonline", staff=True, extra=("question",),
        note="yes plus a question about sending the prescription")  # fmt: skip
    yes("ek28_lehmann_technik.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 16:02",
        re(1088),
        "Hallo, ja am 15.9. hat die Sitzung stattgefunden, allerdings ist das Bild ständig"
        " eingefroren. Muss ich am Browser was einstellen?\nAnna",
        client="gmail", reply="cr-1088", style="gmail", staff=True, extra=("technical",),
        note="yes plus a technical problem and question")  # fmt: skip
    yes("ek29_carter_teils.eml", 11, (1070,), ("2026-08-10",), "2026-08-12 09:00",
        "confirmation",
        "Hi,\n\njust confirming my session on 10 August took place. The one on 17th I"
        " might need to move, I'll let you know.\n\nEmily",
        client="gmail", staff=True, extra=("reschedule",),
        note="confirms 10.08.; 17.08. is still to come and may be moved")  # fmt: skip
    yes("ek30_hoffmann_doppel.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 18:00",
        "Termine 18.05.",
        "Hallo,\n\nbeide Termine am 18.05. (morgens Gerät, mittags Manuelle) haben"
        " stattgefunden.\n\nGruß P. Hoffmann",
        client="outlook")  # fmt: skip


def look_alikes() -> None:
    no("ek31_demir_abgesagt.eml", 3, ("other",), "2026-04-02 09:00", re(1023),
       "ja am 1.4. hat stattgefunden\nlg aylin", client="gmail", reply="cr-1023",
       style="gmail",
       note="1023 (01.04.) is cancelled: nothing to record, staff must look")  # fmt: skip
    no("ek32_schulz_absage.eml", 5, ("cancellation",), "2026-05-05 08:10",
       "Absage Donnerstag",
       "Hallo, ich muss den Termin am Donnerstag 7.5. leider absagen, bin krank.\nMarie",
       client="thunderbird")  # fmt: skip
    no("ek33_brandt_verschieben.eml", 10, ("reschedule",), "2026-07-13 12:00",
       "Termin 17.07.",
       "Hallo, könnten wir den Termin am 17.07. auf Montag verschieben? Danke, Lukas",
       client="thunderbird")  # fmt: skip
    no("ek34_popescu_erinnerung.eml", 7, ("other",), "2026-06-08 12:10", reminder_subject(1047),
       "Ja ich komme morgen. Danke\nElena", client="yahoo", reply="rem-1047", style="yahoo",
       staff=False, note="an acknowledgement of the reminder for a coming session")  # fmt: skip
    no("ek35_jansen_verpasst.eml", 17, ("other",), "2026-10-29 13:00", re(1105),
       "Sorry, ich hab den Termin heute verpennt, war nicht online. Können wir nachholen?",
       client="gmail", reply="cr-1105", style="gmail",
       note="session on 29.10. did not take place")  # fmt: skip
    no("ek36_hartmann_frage.eml", 20, ("question",), "2026-11-02 19:00",
       "Frage zu morgen",
       "Hallo, brauche ich für die Videobehandlung morgen um 17 Uhr eine Matte oder geht"
       " das auch auf dem Teppich?\nLG Leonie", client="webde")  # fmt: skip
    no("ek37_krueger_schon.eml", 1, ("other",), "2026-01-22 10:00",
       "Termin 13.01.", "Hallo, der Termin am 13.01. hat stattgefunden.\nGruß S. Krüger",
       client="webde", dates=("2026-01-13",),
       note="1001 (13.01.) was already confirmed")  # fmt: skip
    no("ek38_yildiz_ausfall.eml", 12, ("other",), "2026-08-12 16:00", re(1076),
       "Hallo, Frau hat nicht angerufen am 12.8. ich habe gewartet. Was ist passiert?\nFatma",
       client="samsung", reply="cr-1076", style="samsung",
       note="the session on 12.08. did not take place")  # fmt: skip
    no("ek39_vogel_zukunft.eml", 13, ("other",), "2026-09-20 09:30", "Termin 24.09.",
       "Hiermit bestätige ich den Termin am 24.09. um 7 Uhr.\nDr. M. Vogel",
       client="outlook",
       note="confirms a coming appointment, not a session that took place")  # fmt: skip
    no("ek40_nowak_abbruch.eml", 19, ("other",), "2026-11-13 10:20", re(1117),
       "Die Verbindung ist nach 5 Minuten abgebrochen, und es kam keiner mehr rein. Also"
       " eigentlich nicht stattgefunden.\nDavid", client="apple", reply="cr-1117",
       style="iphone", note="the session on 13.11. broke off after five minutes")  # fmt: skip


def main() -> None:
    load_practice()
    short_replies()
    new_mails_and_several()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
