"""Write blind set GY: a plain inbox of an ordinary spring (mid-March to late May 2026).

43 mails from the patients treated in those weeks (Aylin Demir, Renate Koch, Mehmet Aydın,
Marie Schulz's mother, James O'Neill, Peter Hoffmann, Ursula Berger, and a few late
answers from Sabine Krüger and Thomas Becker): 33 confirm at least one session, mostly as
short replies under our request (a yes, a date, a line of thanks), some as new mails
naming one or several days, a few late, a few with a practical question beside the yes,
some from phones with typos, a few in English. 10 look-alikes: a video code that does not
work, a patient waiting in the video room for a cancelled session, a cancellation, a
reschedule, a missed call, a call that never came, a question about a coming session,
two replies to reminders, and an invoice question under our request without a yes.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gy`.
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

HERE = data_dir("blind_gy")
KATRIN = "Katrin Schulz"  # Marie Schulz's mother writes from the registered address


def march() -> None:
    yes("gy01_demir_daumen.eml", 3, (1019,), (), "2026-03-04 10:47", re(1019, "Re"),
        "Ja, war alles gut 👍\n\nLG Aylin",
        client="gmail", reply="cr-1019", style="gmail",
        note="a bare yes under our request for 04.03., no day named")  # fmt: skip
    yes("gy02_koch_formell.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 17:52", re(1109),
        "Sehr geehrte Damen und Herren,\n\n"
        "die telefonische Krankengymnastik am 23.03.2026 wurde wie vereinbart durchgeführt.\n\n"
        "Mit freundlichen Grüßen\nRenate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("gy03_aydin_neue_mail.eml", 22, (1134,), ("2026-03-19",), "2026-03-19 15:26",
        "Bestätigung Termin 19.3.",
        "Hallo,\n\nmein Termin am Telefon war heute, hat alles geklappt.\n\nGruß\nMehmet Aydin",
        client="samsung",
        note="a new mail, the day only in the subject")  # fmt: skip
    yes("gy04_krueger_maerz_beide.eml", 1, (1008, 1009), ("2026-03-03", "2026-03-10"),
        "2026-03-12 19:34", "Bestätigung Termine März",
        "Hallo liebes Praxisteam,\n\nich hab total vergessen zurückzuschreiben: die"
        " Videotermine am 3.3. und am 10.3. hab ich beide gemacht.\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde")  # fmt: skip
    yes("gy05_becker_nachtrag.eml", 2, (1016, 1017, 1018),
        ("2026-02-23", "2026-02-26", "2026-03-02"), "2026-03-16 08:12",
        "Nachtrag: Bestätigung Termine Feb./März",
        "Guten Morgen,\n\nbeim Aufräumen meines Postfachs ist mir aufgefallen, dass einige"
        " Ihrer Anfragen unbeantwortet geblieben sind. Die telefonischen MT-Termine am"
        " 23.02., 26.02. und 02.03. haben stattgefunden.\n\n"
        "Beste Grüße\nThomas Becker",
        client="outlook",
        note="a late new mail naming three days")  # fmt: skip
    yes("gy06_demir_unten.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 20:15", re(1020, "Re"),
        "11.3. war, danke!",
        client="gmail", reply="cr-1020", style="gmail", bottom=True)  # fmt: skip
    yes("gy07_koch_mittwoch.eml", 18, (1110,), ("2026-03-25",), "2026-03-26 09:10", re(1110),
        "Guten Morgen,\n\ndas Telefonat am Mittwoch, den 25. März, fand statt. Die Übungen"
        " mache ich fleißig weiter.\n\nFreundliche Grüße\nR. Koch",
        client="tonline", reply="cr-1110", style="tonline")  # fmt: skip
    yes("gy08_aydin_rezept_frage.eml", 22, (1135,), ("2026-03-26",), "2026-03-27 07:50",
        re(1135, "Re"),
        "guten morgen\nja termin 26.03 war ok\nwie geht es jetzt weiter ich hab noch 2 von"
        " der verordnung übrig gibt es noch termine??\n\nmehmet",
        client="samsung", reply="cr-1135", style="samsung", staff=True, extra=("question",),
        note="yes for 26.03. plus a question about further sessions")  # fmt: skip
    yes("gy09_demir_haken.eml", 3, (1021,), ("2026-03-18",), "2026-03-18 10:41", re(1021, "Re"),
        "Bestätigt ✅ 18.03.2026\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1021", style="iphone")  # fmt: skip
    yes("gy10_aydin_spaet.eml", 22, (1133,), ("2026-03-12",), "2026-03-20 19:40", re(1133, "Re"),
        "Entschuldigung hab vergessen zu schreiben. termin 12 märz war auch, alles gut",
        client="samsung", reply="cr-1133", style="samsung",
        note="late reply, a week after the session")  # fmt: skip
    yes("gy11_becker_kurz.eml", 2, (1018,), (), "2026-03-03 07:15", re(1018),
        "Bestätigt.\n\nTB\n\nVon Outlook für iOS gesendet",
        client="outlook", reply="cr-1018", style="outlook")  # fmt: skip
    yes("gy12_demir_spaet_sorry.eml", 3, (1022,), ("2026-03-25",), "2026-04-07 22:03",
        re(1022, "Re"),
        "Sorry für die späte Antwort 🙈 ja, der Termin am 25.3. hat stattgefunden.\n\nAylin",
        client="gmail", reply="cr-1022", style="gmail",
        note="answered two weeks late")  # fmt: skip


def april() -> None:
    yes("gy13_koch_ostern.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-02 10:20", re(1112),
        "Sehr geehrtes Praxisteam,\n\nich bestätige Ihnen beide Behandlungen dieser Woche,"
        " Montag 30.03. und Mittwoch 01.04.\n\nIch wünsche Ihnen schöne Ostertage!\n\n"
        "Renate Koch",
        client="tonline", reply="cr-1112", style="tonline",
        note="answers the request for 01.04. and adds the Monday before")  # fmt: skip
    yes("gy14_koch_verordnung.eml", 18, (1113,), ("2026-04-08",), "2026-04-08 19:02", re(1113),
        "Guten Abend,\n\nheute, 8.4., hat die Behandlung geklappt.\n\nNoch eine Frage: Meine"
        " Verordnung ist ja bald aufgebraucht. Muss ich mich selbst beim Hausarzt um eine"
        " neue kümmern oder machen Sie das?\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline", reply="cr-1113", style="tonline", staff=True, extra=("question",),
        note="yes plus a question about a new prescription")  # fmt: skip
    yes("gy15_demir_danke.eml", 3, (1024,), (), "2026-04-08 12:12", re(1024, "Re"),
        "ja hat stattgefunden, danke!!",
        client="gmail", reply="cr-1024", style="gmail")  # fmt: skip
    yes("gy16_oneill_first.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:05",
        re(1136, "RE"),
        "Hi,\n\nJust confirming my session on 14 April went ahead - thanks, it was really"
        " helpful.\n\nBest,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("gy17_krueger_februar.eml", 1, (1003, 1004, 1005, 1006, 1007),
        ("2026-01-27", "2026-02-03", "2026-02-10", "2026-02-17", "2026-02-24"),
        "2026-04-03 21:00", "Bestätigungen nachträglich",
        "Hallo,\n\nmir ist gerade aufgefallen, dass ich für Februar gar nichts bestätigt hab,"
        " sorry! Also: 3.2., 10.2., 17.2. und 24.2. waren alle, jeweils dienstags um 10 per"
        " Video. Der 27.1. übrigens auch.\n\nLiebe Grüße\nSabine Krüger",
        client="webde",
        note="very late, five days in one new mail")  # fmt: skip
    yes("gy18_schulz_mutter_formell.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:32",
        re(1034, "Re"),
        "Hallo,\n\nMaries Videostunde am 16.4. hat gut geklappt, sie war ganz begeistert.\n\n"
        "Viele Grüße\nKatrin Schulz",
        client="apple", reply="cr-1034", style="iphone", name=KATRIN,
        note="the mother answers for her daughter from the registered address")  # fmt: skip
    yes("gy19_schulz_23.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 20:45", re(1035, "Re"),
        "Guten Abend,\n\nhiermit bestätige ich, dass Marie am 23.04.2026 ihre Behandlung per"
        " Video hatte.\n\nMit freundlichen Grüßen\nK. Schulz",
        client="thunderbird", reply="cr-1035", style="thunderbird", name=KATRIN)  # fmt: skip
    yes("gy20_koch_knapp.eml", 18, (1114,), (), "2026-04-14 08:30", re(1114),
        "Ja, fand statt.\nR. Koch",
        client="tonline", reply="cr-1114", style="tonline")  # fmt: skip
    yes("gy21_demir_bescheinigung.eml", 3, (1025,), ("2026-04-15",), "2026-04-15 13:00",
        re(1025, "Re"),
        "Hi, der 15.4. hat stattgefunden.\n\nKurze Frage: kann ich von euch eine Bescheinigung"
        " über alle Termine bekommen? Mein Arbeitgeber will das sehen.\n\nDanke, Aylin",
        client="gmail", reply="cr-1025", style="gmail", staff=True, extra=("question",),
        note="yes plus a request for an attendance certificate")  # fmt: skip
    yes("gy22_demir_unten_22.eml", 3, (1026,), ("2026-04-22",), "2026-04-22 10:05",
        re(1026, "Re"),
        "Termin am 22.04. war 👍",
        client="gmail", reply="cr-1026", style="gmail", bottom=True)  # fmt: skip
    yes("gy23_oneill_german.eml", 23, (1138,), ("2026-04-28",), "2026-04-29 18:10",
        re(1138, "AW"),
        "Hallo,\n\ndie Termin am 28.4 hat stattgefunden. Vielen danke!\n\nJames O'Neill",
        client="outlook", reply="cr-1138", style="outlook_en",
        note="a learner's German")  # fmt: skip
    yes("gy24_oneill_kurz.eml", 23, (1137,), (), "2026-04-22 07:40", re(1137, "RE"),
        "Yes, it took place. Cheers, James",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip


def may() -> None:
    yes("gy25_schulz_daumen.eml", 5, (1036,), ("2026-04-30",), "2026-05-01 10:15",
        re(1036, "Re"),
        "Ja, 30.4. war 👍\nLG K. Schulz\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1036", style="iphone", name=KATRIN)  # fmt: skip
    yes("gy26_hoffmann_kgg.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:20", re(1040),
        "Bestätige KGG vom 04.05.2026.\n\nGruß\nP. Hoffmann",
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("gy27_berger_schulter.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:30",
        re(1142),
        "Liebe Praxis,\n\nja, die Behandlung am Telefon heute früh, 6. Mai, hat geklappt. Mit der"
        " Schulter geht es mir schon ein bißchen besser.\n\nHerzliche Grüße\nUrsula Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird",
        note="a yes with a line about how she is; nothing to do")  # fmt: skip
    yes("gy28_hoffmann_iphone.eml", 6, (1041,), ("2026-05-11",), "2026-05-11 09:40",
        re(1041),
        "Hat stattgefunden, 11.5.\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1041", style="iphone")  # fmt: skip
    yes("gy29_oneill_verschieben.eml", 23, (1139,), ("2026-05-05",), "2026-05-06 07:55",
        re(1139, "RE"),
        "Hi,\n\nConfirmed, the 5 May call happened.\n\nOne thing: could we move next week's"
        " call to 8 pm? I'm stuck at work until quarter to eight on Tuesdays at the"
        " moment.\n\nThanks,\nJames",
        client="outlook", reply="cr-1139", style="outlook_en", staff=True,
        extra=("reschedule",),
        note="yes for 05.05. plus a wish to move the next call")  # fmt: skip
    yes("gy30_schulz_motiviert.eml", 5, (1037,), ("2026-05-07",), "2026-05-07 17:20",
        re(1037, "Re"),
        "07.05. bestätigt, Marie war heute richtig motiviert 😊\n\nKatrin",
        client="iphone", reply="cr-1037", style="iphone", name=KATRIN)  # fmt: skip
    yes("gy31_berger_danke.eml", 24, (1143,), (), "2026-05-13 10:58", re(1143),
        "Ja hat stattgefunden, danke schön\nU. Berger",
        client="thunderbird", reply="cr-1143", style="thunderbird")  # fmt: skip
    yes("gy32_hoffmann_beide.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:10",
        re(1043),
        "Hallo,\n\nheute (18.05.) waren beide Termine: morgens KG am Gerät und mittags die"
        " Manuelle Therapie.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="under the request for the MT session; confirms the morning KGG too")  # fmt: skip
    yes("gy33_berger_naechste_woche.eml", 24, (1144,), ("2026-05-20",), "2026-05-20 14:10",
        re(1144),
        "Guten Tag,\n\ndie Behandlung am 20.05. hat stattgefunden.\n\nNächste Woche Mittwoch"
        " ist doch wieder um 9 Uhr, oder? Ich muss morgens noch zum Arzt.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        client="thunderbird", reply="cr-1144", style="thunderbird", staff=True,
        extra=("question",),
        note="yes plus a question about the coming session")  # fmt: skip


def look_alikes() -> None:
    no("gy34_demir_code_ungueltig.eml", 3, ("technical",), "2026-04-07 21:10",
       video_link_subject(1024),
       "Hallo, bei mir kommt bei dem Code immer \"ungültig\". Hab es mit Chrome und Safari"
       " probiert. Was mach ich falsch? Termin ist ja morgen früh\n\nAylin",
       client="gmail", reply="vl-1024", style="gmail",
       note="the video code does not work before tomorrow's session")  # fmt: skip
    no("gy35_demir_niemand_da.eml", 3, ("question",), "2026-04-01 08:52", "Termin heute??",
       "Hallo, ich warte seit halb 9 im Videoraum aber es kommt keiner. Findet der Termin"
       " heute statt??\n\nAylin Demir",
       client="iphone",
       note="the 01.04. session was cancelled; she did not know")  # fmt: skip
    no("gy36_schulz_krank.eml", 5, ("cancellation",), "2026-05-20 16:05",
       reminder_subject(1038, "Re"),
       "Hallo,\n\nMarie liegt mit Fieber im Bett, wir müssen morgen leider absagen."
       " Können wir nächste Woche nachholen?\n\nViele Grüße\nKatrin Schulz",
       client="iphone", reply="rem-1038", style="iphone", name=KATRIN)  # fmt: skip
    no("gy37_hoffmann_pfingsten.eml", 6, ("reschedule",), "2026-05-23 09:15",
       video_link_subject(1044, "AW"),
       "Guten Morgen,\n\nkönnten wir den Termin am Dienstag, 26.05., auf 8:30 Uhr legen?"
       " Um 7:30 schaffe ich es nach dem langen Wochenende nicht.\n\nGruß\nP. Hoffmann",
       client="outlook", reply="vl-1044", style="outlook")  # fmt: skip
    no("gy38_oneill_missed.eml", 23, ("reschedule",), "2026-05-12 21:25", re(1140, "RE"),
       "Hi,\n\nI'm afraid I missed the call tonight, my phone was on silent. So no, it"
       " didn't take place - sorry about that. Could we book another slot this week?\n\n"
       "James",
       client="outlook", reply="cr-1140", style="outlook_en",
       note="answers our request: the session did not take place")  # fmt: skip
    no("gy39_aydin_kein_anruf.eml", 22, ("other",), "2026-03-05 14:20", re(1132, "Re"),
       "hallo\nheute hat keiner angerufen ich habe bis 13 uhr gewartet. bitte zurückrufen\n"
       "mehmet aydin",
       client="samsung", reply="cr-1132", style="samsung",
       note="under our request for 05.03.: the call never came")  # fmt: skip
    no("gy40_koch_montag_frage.eml", 18, ("question",), "2026-04-10 11:05",
       "Nächster Termin",
       "Guten Tag,\n\nist mein nächster Termin am Montag, 13.04., wieder um 15 Uhr? Ich habe"
       " meinen Zettel verlegt.\n\nMit freundlichen Grüßen\nRenate Koch",
       client="tonline",
       note="a question about a coming session")  # fmt: skip
    no("gy41_krueger_erinnerung_danke.eml", 1, ("other",), "2026-03-09 10:30",
       reminder_subject(1009),
       "Danke für die Erinnerung, bis morgen!\n\nSabine",
       client="webde", reply="rem-1009", style="webde", staff=False,
       note="thanks for a reminder; nothing to do")  # fmt: skip
    no("gy42_berger_erinnerung.eml", 24, ("other",), "2026-05-26 09:40",
       reminder_subject(1145),
       "Guten Morgen,\n\nich bestätige den Termin morgen um 9 Uhr, ich bin zu Hause.\n\n"
       "Ursula Berger",
       client="thunderbird", reply="rem-1145", style="thunderbird", staff=False,
       note="acknowledges tomorrow's appointment after the reminder; no session took place yet")  # fmt: skip
    no("gy43_becker_rechnung.eml", 2, ("question",), "2026-03-03 08:30", re(1018),
       "Guten Morgen,\n\nbekomme ich die Rechnung für die bisherigen Termine per Post oder"
       " per Mail? Ich brauche sie für meine private Krankenversicherung.\n\n"
       "Beste Grüße\nThomas Becker",
       client="outlook", reply="cr-1018", style="outlook",
       note="under our request but no yes, only an invoice question")  # fmt: skip


def main() -> None:
    load_practice()
    march()
    april()
    may()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
