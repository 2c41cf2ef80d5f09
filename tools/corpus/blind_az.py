"""Write blind set AZ: a plain, representative inbox of January to April, nothing themed.

43 mails from the nine patients treated in those months: 32 that mean to confirm a
session (mostly short replies under our request in web.de, iPhone, Gmail, Outlook,
Thunderbird, T-Online and Samsung mail, some with the date and some without, a few new
mails naming several days, a few late, a few with a question or a session that did not
take place beside the yes, one naming a day that does not match the request) and 11
look-alikes: cancellations, reschedule wishes, questions about a coming session, a missed
session, a session the therapist did not call for, an acknowledgement of a reminder, and a
question under our request without any yes.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_az`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_az")


def vl(aid: int, prefix: str = "Re") -> str:
    return f"{prefix}: Ihr Videotermin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def krueger() -> None:
    """Patient 1, web.de, video KG on Tuesdays at 10:00 (13.01. and 20.01. confirmed)."""
    yes("az01_krueger_ja_ohne_datum.eml", 1, (1003,), (), "2026-01-27 13:12", re(1003),
        "Ja hat stattgefunden.\n\nGruß S. Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026, no day named")  # fmt: skip
    yes("az02_krueger_iphone_datum.eml", 1, (1005,), ("2026-02-10",), "2026-02-10 12:47",
        re(1005, "Re"), "Bestätige den 10.02.\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1005", style="iphone")  # fmt: skip
    yes("az03_krueger_tippfehler.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 19:55",
        re(1004), "ja, der termin am 3.2 hat stattgefunen\nlg sabine",
        client="webde", reply="cr-1004", style="webde")  # fmt: skip
    yes("az04_krueger_spaet.eml", 1, (1007,), ("2026-02-24",), "2026-03-15 20:31", re(1007),
        "Hallo,\n\nsorry, hab die Mail erst jetzt gesehen, war im Spam gelandet. Ja, die"
        " Behandlung am 24.02. hat stattgefunden.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1007", style="webde",
        note="late: three weeks after the session")  # fmt: skip
    yes("az05_krueger_rezept_frage.eml", 1, (1009,), ("2026-03-10",), "2026-03-10 14:05",
        re(1009),
        "Guten Tag,\n\nich bestätige die Behandlung vom 10.03.2026.\n\nDas war ja jetzt der"
        " letzte Termin auf meinem Rezept. Muss ich mir beim Hausarzt ein neues holen oder"
        " machen Sie das? Die Schulter ist besser, aber noch nicht gut.\n\nMit freundlichen"
        " Grüßen\nSabine Krüger",
        client="webde", reply="cr-1009", style="webde", staff=True, extra=("question",),
        note="confirms 10.03., asks about a new prescription")  # fmt: skip
    no("az06_krueger_absage_krank.eml", 1, ("cancellation",), "2026-03-02 11:20", rem(1008),
       "Hallo, ich muss den Termin morgen leider absagen, hab Fieber und liege flach. Melde"
       " mich wenn es wieder geht.\nS. Krüger",
       client="webde", reply="rem-1008", style="webde",
       note="cancels tomorrow's session 03.03., nothing took place")  # fmt: skip
    no("az07_krueger_frage_unter_anfrage.eml", 1, ("question",), "2026-01-28 08:40",
       re(1003, "Re"),
       "Guten Morgen, wie oft am Tag soll ich die Übungen mit dem Band machen? Ich hab"
       " vergessen was die Therapeutin gesagt hat. Danke",
       client="iphone", reply="cr-1003", style="iphone",
       note="a question under our request, no word that the session took place")  # fmt: skip


def becker() -> None:
    """Patient 2, gmx.de, private, MT by phone Mondays and Thursdays at 17:30."""
    yes("az08_becker_kurz.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:14",
        re(1010, "Re"), "Hallo, ja, Termin am 2.2. hat stattgefunden.\nGruß T. Becker",
        client="thunderbird", reply="cr-1010", style="thunderbird")  # fmt: skip
    yes("az09_becker_zwei_tage.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-13 07:52", "Bestätigung Behandlungen",
        "Guten Morgen,\n\nhiermit bestätige ich die beiden Behandlungen (Manuelle Therapie)"
        " am 09.02. und am 12.02.\n\nBeste Grüße\nThomas Becker",
        client="thunderbird", note="a new mail naming two days")  # fmt: skip
    yes("az10_becker_bottom.eml", 2, (1014,), ("2026-02-16",), "2026-02-16 21:03",
        re(1014, "Re"), "jo passt, 16.2. war\n\nTB",
        client="thunderbird", reply="cr-1014", style="thunderbird", bottom=True)  # fmt: skip
    yes("az11_becker_outlook.eml", 2, (1018,), ("2026-03-02",), "2026-03-03 09:10", re(1018),
        "Bestätigt: 02.03.2026\n\nBeste Grüße\nThomas Becker",
        client="outlook", reply="cr-1018", style="outlook")  # fmt: skip
    no("az12_becker_verschieben.eml", 2, ("reschedule",), "2026-02-24 08:15",
       "Termin Donnerstag",
       "Hallo,\n\nkönnen wir den Termin am Donnerstag (26.2.) auf Freitag zur gleichen Zeit"
       " verschieben? Ich habe am Donnerstag abends einen Geschäftstermin.\n\nDanke und"
       " Gruß\nThomas Becker",
       client="thunderbird", note="wants to move the coming 26.02. session")  # fmt: skip


def demir() -> None:
    """Patient 3, gmail, video KG on Wednesdays at 08:30 (01.04. cancelled)."""
    yes("az13_demir_heute.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:40",
        re(1019, "Re"), "ja war heute, danke :)\n\nAylin",
        client="gmail", reply="cr-1019", style="gmail",
        note="'heute' on the day of the session, 04.03.")  # fmt: skip
    yes("az14_demir_zwei_neu.eml", 3, (1020, 1021), ("2026-03-11", "2026-03-18"),
        "2026-03-19 18:22", "Bestätigung 11.3 und 18.3",
        "Hallo liebes Praxisteam,\n\nich bestätige die Termine vom 11.3 und 18.3, beide haben"
        " stattgefunden.\n\nLG Aylin Demir",
        client="gmail")  # fmt: skip
    yes("az15_demir_daumen.eml", 3, (1024,), (), "2026-04-08 10:51", re(1024, "Re"),
        "Ja 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1024", style="iphone",
        note="a bare yes under our request for 08.04.")  # fmt: skip
    yes("az16_demir_vergessen.eml", 3, (1022,), ("2026-03-25",), "2026-04-03 22:10",
        re(1022, "Re"),
        "Hey, sorry für die späte Antwort!! Ja der Termin am 25.03 hat stattgefunden.\n\nLG",
        client="gmail", reply="cr-1022", style="gmail")  # fmt: skip
    no("az17_demir_link_handy.eml", 3, ("question", "technical"), "2026-04-13 19:30",
       vl(1025),
       "Hallo, funktioniert der Code auch am Handy? Mein Laptop ist grad in Reparatur. Danke!",
       client="gmail", reply="vl-1025", style="gmail",
       note="a question about the coming video session on 15.04.")  # fmt: skip
    no("az18_demir_verpasst.eml", 3, ("other",), "2026-04-22 10:05", re(1026, "Re"),
       "Hallo, ich war heute leider nicht in der Sitzung, ich hab verschlafen 🙈 Tut mir"
       " leid. Kann man das nachholen?\n\nAylin",
       client="gmail", reply="cr-1026", style="gmail",
       note="she missed the 22.04. session: nothing to confirm, wants a new one")  # fmt: skip


def wolff() -> None:
    """Patient 4, t-online, older, KG by phone on Fridays at 14:00 (09.01. confirmed)."""
    yes("az19_wolff_foermlich.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:48",
        re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung vom"
        " 16.01.2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("az20_wolff_nachtrag.eml", 4, (1029, 1030, 1031, 1032, 1033),
        ("2026-01-23", "2026-01-30", "2026-02-06", "2026-02-13", "2026-02-20"),
        "2026-02-21 10:15", "Bestätigung meiner Behandlungen",
        "Guten Tag,\n\nich habe die letzten Wochen vergessen zu antworten, entschuldigen Sie"
        " bitte. Ich bestätige die Behandlungen am Telefon am 23.01., 30.01., 06.02., 13.02."
        " und am 20.02.2026.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", note="late, five Fridays in one new mail")  # fmt: skip
    yes("az21_wolff_einer_nicht.eml", 4, (1028,), ("2026-01-16",), "2026-01-24 09:30",
        "Behandlungen Januar",
        "Guten Tag,\n\ndie Behandlung am 16.01. hat stattgefunden. Am 23.01. hat mich"
        " niemand angerufen, ich habe bis halb drei gewartet. Bitte klären Sie das.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", staff=True,
        note="confirms 16.01.; says nobody called on 23.01., which must not be billed")  # fmt: skip
    no("az22_wolff_kein_anruf.eml", 4, ("other",), "2026-02-20 16:40", re(1033),
       "Sehr geehrte Damen und Herren,\n\nheute hat mich niemand angerufen. Ich war ab 13:45"
       " am Telefon. Was ist da los?\n\nMfG\nH.-J. Wolff",
       client="tonline", reply="cr-1033", style="tonline",
       note="the 20.02. session did not take place according to him")  # fmt: skip


def schulz() -> None:
    """Patient 5 (address k.schulz@), video KG on Thursdays at 15:30 from 16.04."""
    yes("az23_schulz_apple_bottom.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:30",
        re(1034, "Re"), "Hat stattgefunden, 16.04.\n\nViele Grüße\nMarie Schulz",
        client="apple", reply="cr-1034", style="iphone", bottom=True)  # fmt: skip
    yes("az24_schulz_und_uhrzeit.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 19:02",
        re(1035, "Re"),
        "Hallo, ja der 23.4. war. Kann ich nächste Woche statt 15:30 auch um 17 Uhr kommen?"
        " Bzw. reinkommen ;)\n\nMarie",
        client="apple", reply="cr-1035", style="iphone", staff=True, extra=("reschedule",),
        note="confirms 23.04., asks to move 30.04. to 17:00")  # fmt: skip
    yes("az25_schulz_samsung.eml", 5, (1036,), ("2026-04-30",), "2026-04-30 17:25",
        re(1036), "Ja hat geklappt am 30.4. Schönes langes Wochenende!",
        client="samsung", reply="cr-1036", style="samsung")  # fmt: skip
    no("az26_schulz_vorbereiten.eml", 5, ("question",), "2026-04-14 12:10",
       "Frage zum ersten Termin",
       "Hallo,\n\nich habe am Donnerstag meinen ersten Videotermin. Muss ich irgendwas"
       " vorbereiten, Matte oder so? Und reicht das Tablet?\n\nViele Grüße\nMarie Schulz",
       client="apple", note="a question before the first session on 16.04.")  # fmt: skip


def koch() -> None:
    """Patient 18, t-online, KG by phone Mondays and Wednesdays at 15:00 (15.04. confirmed)."""
    yes("az27_koch_montag.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 17:05", re(1109),
        "Ja die Behandlung am Montag den 23.3. hat stattgefunden.\nRenate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("az28_koch_zwei.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-02 10:44", "Termine",
        "Guten Tag,\n\nhiermit bestätige ich die Termine am 30.03. und 01.04. bei Frau"
        " Engel.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("az29_koch_april.eml", 18, (1113,), ("2026-04-08",), "2026-04-09 09:20", re(1113),
        "Guten Tag,\nja, das Telefonat mit der Therapeutin am 8. April hat stattgefunden.\n"
        "Freundliche Grüße\nRenate Koch",
        client="tonline", reply="cr-1113", style="tonline")  # fmt: skip
    no("az30_koch_absage.eml", 18, ("cancellation",), "2026-04-12 18:30", rem(1114),
       "Guten Abend, morgen kann ich nicht, meine Tochter kommt mit den Enkeln. Bitte"
       " absagen. Mittwoch geht.\nR. Koch",
       client="tonline", reply="rem-1114", style="tonline",
       note="cancels the coming 13.04. session")  # fmt: skip


def wagner() -> None:
    """Patient 21, gmx.de, video KG on Mondays at 09:30 (02.02. cancelled)."""
    yes("az31_wagner_gmail.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 11:40",
        re(1124, "Re"), "Ja, Termin am 12.1. hat stattgefunden.\n\nSophie",
        client="gmail", reply="cr-1124", style="gmail")  # fmt: skip
    yes("az32_wagner_samsung.eml", 21, (1128,), (), "2026-02-09 12:40", re(1128),
        "Bestätigt 👍",
        client="samsung", reply="cr-1128", style="samsung",
        note="a bare yes under our request for 09.02.")  # fmt: skip
    yes("az33_wagner_nachtrag.eml", 21, (1125, 1126), ("2026-01-19", "2026-01-26"),
        "2026-02-03 19:15", "Bestätigung Januar",
        "Hallo,\n\nich bestätige noch die Termine am 19.01. und 26.01., hatte das ganz"
        " verschwitzt. Der am 2.2. ist ja von Ihnen abgesagt worden, das passt so.\n\n"
        "Viele Grüße\nSophie Wagner",
        client="gmail",
        note="the 02.02. she mentions was cancelled; she confirms only 19.01. and 26.01.")  # fmt: skip
    no("az34_wagner_erinnerung_ok.eml", 21, ("other",), "2026-02-15 10:02", rem(1129, "Re"),
       "Ja, bin dabei! Bis morgen",
       client="gmail", reply="rem-1129", style="gmail", staff=False,
       note="acknowledges the reminder for the coming 16.02., nothing to do")  # fmt: skip


def aydin() -> None:
    """Patient 22, hotmail, KG by phone on Thursdays at 12:30; learner's German."""
    yes("az35_aydin_lerner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:20", re(1130),
        "Hallo, ich bestätige termin 19.02 war gut. Danke\nMehmet Aydin",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("az36_aydin_gemacht.eml", 22, (1131,), (), "2026-02-26 16:01", re(1131),
        "ja gemacht",
        client="samsung", reply="cr-1131", style="samsung",
        note="a bare yes under our request for 26.02.")  # fmt: skip
    yes("az37_aydin_maerz.eml", 22, (1132,), ("2026-03-05",), "2026-03-05 18:44", re(1132),
        "Guten tag, Behandlung 5 März ist gemacht. Danke schön\n\nMehmet",
        client="outlook", reply="cr-1132", style="outlook")  # fmt: skip
    yes("az38_aydin_falscher_tag.eml", 22, (), ("2026-03-13",), "2026-03-13 20:10",
        re(1133), "Hallo, Termin am 13.03. hat stattgefunden. Mehmet Aydin",
        client="outlook", reply="cr-1133", style="outlook", staff=True,
        note="under our request for 12.03. he names 13.03., a day without a session")  # fmt: skip
    no("az39_aydin_absage.eml", 22, ("cancellation",), "2026-03-16 08:05",
       "Termin Donnerstag absagen",
       "Hallo, Donnerstag 19.3 ich kann nicht, muss arbeiten. Bitte absagen oder rufen Sie"
       " mich an 0176 48213390\nMehmet Aydin",
       client="outlook", note="cancels the coming 19.03. session")  # fmt: skip


def oneill() -> None:
    """Patient 23, outlook.com, English, private, MT by phone on Tuesdays at 19:30."""
    yes("az40_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 22:05",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 14.04.2026",
        "Hi,\n\nyes, confirming the session on 14 April took place.\n\nThanks,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("az41_oneill_confirmed.eml", 23, (1137,), (), "2026-04-22 07:30",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 21.04.2026", "Confirmed, thanks.",
        client="gmail", reply="cr-1137", style="gmail_en",
        note="a bare yes under our request for 21.04.")  # fmt: skip
    yes("az42_oneill_invoice.eml", 23, (1138,), ("2026-04-28",), "2026-04-29 08:12",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 28.04.2026",
        "Hello,\n\nYes the session on Apr 28 happened. Quick question: will the invoice come"
        " by post or by email? My insurer wants the original.\n\nBest,\nJames O'Neill",
        client="outlook", reply="cr-1138", style="outlook_en", staff=True,
        extra=("question",), note="confirms 28.04., asks about the invoice")  # fmt: skip
    no("az43_oneill_move.eml", 23, ("reschedule",), "2026-04-16 13:20",
       "Next Tuesday's session",
       "Hi there,\n\ncould we move next Tuesday's session (21 April) to Wednesday evening?"
       " Work thing came up.\n\nCheers,\nJames",
       client="outlook", note="wants to move the coming 21.04. session")  # fmt: skip


def main() -> None:
    load_practice()
    krueger()
    becker()
    demir()
    wolff()
    schulz()
    koch()
    wagner()
    aydin()
    oneill()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
