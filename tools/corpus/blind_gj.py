"""Write blind set GJ: a hard set of look-alikes mixed with plain confirmations.

41 mails: 16 plain confirmations (short replies under our request, new mails with the date,
several days at once, a late one, a parent writing from the registered address, English,
learners' German, dialect) and 25 mails that use the words of a confirmation and are not
one for a careful employee: accepting or confirming a coming session ("ich bestätige den
Termin am Mittwoch" the day before), confirming receipt of a link, a reminder, the forms
request or an invoice, asking us to confirm receipt of a prescription, confirming for a
husband who is no patient, a session confirmed in an earlier mail and only mentioned, a
confirmation taken back (in a later mail and within the same mail), a session that did not
take place told with "bestätige", polite cancellations, "alle außer dem ..." where that day
is the only open one, a new time agreed by phone, consent given in words only.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gj`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from typing import Any

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vls

HERE = data_dir("blind_gj")


def _after_ours(date: str, reply: str | None) -> None:
    """A reply is written after the mail it answers."""
    if reply is not None:
        assert mc.local(date) > mc.OUTBOX[reply].sent_at, (date, reply)


def y(file: str, pid: int, ids: tuple[int, ...], dates: tuple[str, ...], date: str, subject: str,
      body: str, **kw: Any) -> None:  # fmt: skip
    _after_ours(date, kw.get("reply"))
    yes(file, pid, ids, dates, date, subject, body, **kw)


def n(file: str, pid: int, cats: tuple[str, ...], date: str, subject: str, body: str,
      **kw: Any) -> None:  # fmt: skip
    _after_ours(date, kw.get("reply"))
    no(file, pid, cats, date, subject, body, **kw)


def plain_confirmations() -> None:
    y("gj01_krueger_ja_27.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:10", re(1003),
      "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden.\n\nLG Sabine Krüger",
      client="webde", reply="cr-1003", style="webde")  # fmt: skip
    y("gj02_becker_jo.eml", 2, (1010,), (), "2026-02-02 19:42", re(1010),
      "Jo, hat stattgefunden.\n\nGruß\nT. Becker\n\nVon meinem iPhone gesendet",
      client="iphone", reply="cr-1010", style="iphone",
      note="a yes under our request for 02.02.2026, no day of its own")  # fmt: skip
    y("gj03_wolff_zwei_tage.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
      "2026-01-24 10:12", "Bestätigung Behandlungen",
      "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen Behandlungen"
      " am 16.01.2026 und am 23.01.2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
      client="tonline")  # fmt: skip
    y("gj04_demir_klein.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:41", re(1019),
      "ja hat stattgefunden am 4.3 danke",
      client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    y("gj05_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:20",
      re(1069, "Re"),
      "Hi,\n\nyes, I can confirm the session on 3 August took place.\n\nThanks,\nEmily",
      client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    y("gj06_aydin_lerner_frage.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 18:02",
      re(1130),
      "Hallo ich bestätigen behandlung 19.02 war gut mit telefon.\nNächste mal kann ich"
      " erst 13 uhr geht das?\nDanke Mehmet",
      client="samsung", reply="cr-1130", style="samsung", staff=True, extra=("reschedule",),
      note="confirms 19.02 and asks to move the next session to 13 Uhr")  # fmt: skip
    y("gj07_neumann_spaet.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
      "2026-07-27 16:20", "Behandlungen Juli",
      "Guten Tag,\n\nich habe leider vergessen, auf Ihre Mails zu antworten. Die Behandlungen"
      " am 7. und 9. Juli haben beide stattgefunden, Frau Kramer hat pünktlich angerufen.\n\n"
      "Freundliche Grüße\nGisela Neumann",
      note="late: two days weeks afterwards")  # fmt: skip
    y("gj08_brandt_unten.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 19:45", re(1063),
      "Bestätige: Behandlung am 03.07. hat stattgefunden.\n\nLukas",
      client="apple", reply="cr-1063", style="iphone", bottom=True)  # fmt: skip
    y("gj09_yildiz_fand_statt.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 14:03",
      re(1075),
      "Guten Tag,\n\ndie Behandlung vom 05.08.2026 fand statt.\n\nMit freundlichen Grüßen\n"
      "Fatma Yıldız",
      client="webde", reply="cr-1075", style="webde")  # fmt: skip
    y("gj10_lehmann_outlook.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 16:31",
      re(1087),
      "Hallo,\n\nhiermit bestätige ich, dass die Videobehandlung am 8.9. stattgefunden hat.\n\n"
      "Viele Grüße\nAnna Lehmann\n--\nInstitut für Sportwissenschaft\nUniversität Beispiel",
      client="outlook", reply="cr-1087", style="outlook")  # fmt: skip
    y("gj11_zimmermann_drei.eml", 15, (1093, 1094, 1095),
      ("2026-10-05", "2026-10-12", "2026-10-19"), "2026-10-20 09:15", "Termine Oktober",
      "Hallo zusammen,\n\ndie drei Termine 5.10., 12.10. und 19.10. hab ich alle gehabt,"
      " jedesmal pünktlich angerufen worden.\n\nGruß Klaus Zimmermann")  # fmt: skip
    y("gj12_koch_passt_scho.eml", 18, (1109,), ("2026-03-23",), "2026-03-24 08:50",
      re(1109),
      "Jo, des hat geklappt am Montag 23.3., passt scho.\nGruß Renate Koch",
      client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    y("gj13_berger_ja.eml", 24, (1142,), (), "2026-05-06 11:58", re(1142),
      "Ja.\n\nVielen Dank\nU. Berger",
      client="thunderbird", reply="cr-1142", style="thunderbird",
      note="a bare yes under our request for 06.05.2026")  # fmt: skip
    y("gj14_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:10",
      re(1136, "RE"),
      "Confirmed - session on 14/04 happened as planned.\n\nRegards,\nJames",
      client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    y("gj15_wagner_zwei.eml", 21, (1125, 1126), ("2026-01-19", "2026-01-26"),
      "2026-01-27 21:04", "Termine Januar",
      "Hallo!\n\nDie Termine am 19. und 26. Januar haben beide stattgefunden :)\n\n"
      "Liebe Grüße\nSophie")  # fmt: skip
    y("gj16_schulz_mutter.eml", 5, (1034,), ("2026-04-16",), "2026-04-17 07:55", re(1034),
      "Guten Morgen,\n\nMarie hatte gestern (16.04.) ihre Stunde per Video, hat alles"
      " geklappt.\n\nViele Grüße\nKatrin Schulz (Mutter)",
      client="plain", reply="cr-1034", style="thunderbird",
      note="the mother writes from the registered address for her daughter's session")  # fmt: skip


def coming_sessions() -> None:
    n("gj17_demir_morgen_mittwoch.eml", 3, ("other",), "2026-03-10 09:12", rem(1020),
      "Hallo, ich bestätige den Termin am Mittwoch um 8:30. Bis morgen!\nAylin",
      client="gmail", reply="rem-1020", style="gmail", staff=False,
      note="accepts tomorrow's session (11.03.), nothing took place yet")  # fmt: skip
    n("gj18_becker_morgen.eml", 2, ("other",), "2026-02-11 19:05", rem(1013),
      "Ja, bestätige den Termin morgen 17:30, bin auf dem Handy erreichbar.\n\nT. Becker",
      client="iphone", reply="rem-1013", style="iphone", staff=False,
      note="accepts the coming session of 12.02.")  # fmt: skip
    n("gj19_schaefer_mittwoch.eml", 16, ("other",), "2026-10-13 20:15", "Termin Mittwoch",
      "Hallo,\n\nich bestätige den Termin am Mittwoch, 19 Uhr.\n\nLG Birgit Schäfer",
      staff=False, note="written Tuesday 13.10. for Wednesday 14.10.: a coming session")  # fmt: skip
    n("gj20_aydin_morgen.eml", 22, ("other",), "2026-02-25 13:02", rem(1131),
      "ja ich bestätige morgen 12:30 ich bin da mit telefon",
      client="samsung", reply="rem-1131", style="samsung", staff=False,
      note="accepts the session of 26.02., written the day before")  # fmt: skip
    n("gj21_wolff_behandlung_freitag.eml", 4, ("other",), "2026-02-19 17:40",
      rem(1033),
      "Guten Tag,\n\ngerne bestätige ich Ihnen die Behandlung am Freitag, 20.02., um 14 Uhr."
      " Ich bin wie immer unter der Festnetznummer erreichbar.\n\nMfG\nH.-J. Wolff",
      client="tonline", reply="rem-1033", style="tonline", staff=False,
      note="written the day before: accepts tomorrow's session")  # fmt: skip
    n("gj22_schulz_mai_termine.eml", 5, ("other",), "2026-05-01 18:30", "Termine Mai",
      "Hallo,\n\nich bestätige die Termine im Mai: 7.5., 21.5. und 28.5. jeweils 15:30 – Marie"
      " hat da Zeit.\n\nViele Grüße\nKatrin Schulz",
      staff=False, note="future days only: accepts coming sessions")  # fmt: skip
    n("gj23_demir_link_teilnahme.eml", 3, ("other",), "2026-03-15 10:00", vls(1021),
      "Danke für den Link, ich bestätige hiermit meine Teilnahme am 18.03.\n\nAylin Demir",
      client="gmail", reply="vl-1021", style="gmail", staff=False,
      note="confirms she will attend on 18.03., written three days before")  # fmt: skip
    n("gj24_nowak_neuer_termin.eml", 19, ("other",), "2026-11-18 12:20", "Neuer Termin",
      "Hallo,\n\nhiermit bestätige ich den neuen Termin am 20.11. um 8 Uhr, den Sie mir"
      " telefonisch angeboten haben.\n\nBeste Grüße\nDavid Nowak",
      staff=False, note="accepts a coming session agreed by phone")  # fmt: skip


def receipts() -> None:
    n("gj25_richter_erinnerung.eml", 8, ("other",), "2026-06-16 18:31", rem(1053),
      "Erinnerung erhalten, passt, bin dabei 👍\n\nJonas",
      client="iphone", reply="rem-1053", style="iphone", staff=False,
      note="confirms receipt of the reminder for 17.06.")  # fmt: skip
    n("gj26_popescu_formulare.eml", 7, ("forms",), "2026-05-28 20:10",
      "AW: Ihre Unterlagen für die Behandlung",
      "Hallo,\n\nich bestätige Erhalt von ihre E-Mail. Die Formulare ich schicke morgen,"
      " muss noch drucken.\n\nElena Popescu",
      client="yahoo", reply="fr-7", style="yahoo", staff=False,
      note="confirms receipt of the forms request; forms follow")  # fmt: skip
    n("gj27_vogel_rechnung.eml", 13, ("other",), "2026-10-02 08:05", "Ihre Rechnung September",
      "Sehr geehrte Damen und Herren,\n\nden Eingang Ihrer Rechnung für September bestätige"
      " ich dankend; die Überweisung erfolgt in den nächsten Tagen.\n\nMit freundlichen"
      " Grüßen\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte",
      client="outlook", staff=False, note="confirms receipt of an invoice")  # fmt: skip
    n("gj28_zimmermann_verordnung.eml", 15, ("question",), "2026-11-03 10:40",
      "Verordnung",
      "Hallo,\n\nDr. Sommer hat die neue Verordnung letzte Woche per Post an Sie geschickt."
      " Können Sie mir bitte kurz bestätigen, dass sie angekommen ist?\n\nGruß Klaus"
      " Zimmermann",
      note="asks us to confirm receipt of a prescription")  # fmt: skip
    n("gj29_hartmann_link_frage.eml", 20, ("question",), "2026-11-07 18:22",
      vls(1121),
      "Link ist angekommen, danke! Muss ich vorher noch was installieren oder geht das"
      " einfach im Browser auf dem Handy?\n\nLeonie",
      client="plain", reply="vl-1121", style="thunderbird",
      note="receipt of the video link and a question")  # fmt: skip
    n("gj30_hoffmann_rechnung_beihilfe.eml", 6, ("question",), "2026-06-04 07:10",
      "Rechnung Mai",
      "Guten Morgen,\n\ndie Rechnung für Mai (4x KG am Gerät, 1x Manuelle Therapie) habe ich"
      " geprüft und bestätige die Richtigkeit. Könnten Sie mir bitte noch eine Kopie für"
      " die Beihilfe schicken?\n\nGruß\nPeter Hoffmann",
      client="outlook",
      note="checks an invoice and asks for a copy; names no session day")  # fmt: skip
    n("gj31_jansen_einwilligung.eml", 17, ("forms",), "2026-10-19 21:30",
      "AW: Ihre Unterlagen für die Behandlung",
      "Moin,\n\nich bestätige hiermit, dass ich die Datenschutzerklärung gelesen habe und mit"
      " der Telebehandlung einverstanden bin. Reicht das so per Mail?\n\nOle Jansen",
      client="gmail", reply="fr-17", style="gmail",
      note="consent in words, no signed forms attached, asks whether that is enough")  # fmt: skip


def not_a_confirmation() -> None:
    n("gj32_berger_ehemann.eml", 24, ("other",), "2026-05-20 16:45",
      "Behandlung meines Mannes",
      "Guten Tag,\n\nich bestätige für meinen Mann Horst Berger, dass seine Behandlung gestern"
      " am 19.05. stattgefunden hat. Er hat keine eigene E-Mail-Adresse.\n\nMit"
      " freundlichen Grüßen\nUrsula Berger",
      dates=("2026-05-19",),
      note="for her husband, who is no patient of ours; she has no session on 19.05.")  # fmt: skip
    n("gj33_krueger_schon_bestaetigt.eml", 1, ("reschedule",), "2026-01-22 09:30",
      "Termin nächste Woche",
      "Hallo,\n\nden Termin vom 20.01. hatte ich Ihnen ja schon bestätigt. Kurze Frage: kann"
      " ich nächste Woche statt um 10 Uhr um 11 Uhr kommen?\n\nLG Sabine Krüger",
      client="webde", dates=("2026-01-20",),
      note="20.01. was confirmed before and is only mentioned; the mail asks to move a session")  # fmt: skip
    n("gj34_koch_doppelt.eml", 18, ("question",), "2026-04-16 09:05", re(1115),
      "Das hab ich gestern schon bestätigt, per Mail. Bekommen Sie das jetzt doppelt?\n\n"
      "Gruß R. Koch",
      client="tonline", reply="cr-1115", style="tonline",
      note="15.04. is confirmed already; she asks why she is asked again")  # fmt: skip
    n("gj35_becker_zurueck.eml", 2, ("other",), "2026-02-17 21:10", "Korrektur",
      "Hallo,\n\nkleine Korrektur zu meiner Mail von heute Vormittag: ich hatte den 16.02."
      " bestätigt, das war ein Fehler – am 16. hat keiner angerufen, ich hab mich im Datum"
      " vertan. Bitte also nicht abrechnen.\n\nGruß\nThomas Becker",
      client="plain",
      note="takes back a confirmation of 16.02.; the session did not take place")  # fmt: skip
    n("gj36_brandt_doch_nicht.eml", 10, ("question",), "2026-07-17 18:02", re(1065),
      "Ja, bestätigt.\n\n...Moment, nee sorry – am 17. war ich ja im Urlaub, das hatten wir"
      " doch verschoben?? Dann bitte NICHT bestätigen, hab nur reflexartig geantwortet.\n\n"
      "Lukas",
      client="apple", reply="cr-1065", style="iphone",
      note="yes taken back in the same mail; he believes 17.07. was moved")  # fmt: skip
    n("gj37_neumann_nicht_stattgefunden.eml", 9, ("other",), "2026-07-14 11:15", re(1058),
      "Guten Tag,\n\nich bestätige Ihnen hiermit, dass die Behandlung am 14.07. NICHT"
      " stattgefunden hat. Es hat niemand angerufen, ich habe bis halb zehn am Telefon"
      " gewartet.\n\nGisela Neumann",
      reply="cr-1058", style="thunderbird",
      note="confirms that the session did not take place")  # fmt: skip
    n("gj38_carter_did_not_happen.eml", 11, ("reschedule",), "2026-08-17 14:05",
      re(1071, "Re"),
      "Hi,\n\nI can confirm that the session on the 17th did not happen - the therapist never"
      " joined the video call, I waited for 20 minutes. Could we reschedule?\n\nEmily",
      client="gmail", reply="cr-1071", style="gmail_en",
      note="the session did not take place; wants a new one")  # fmt: skip
    n("gj39_lehmann_absage.eml", 14, ("cancellation",), "2026-09-20 11:00",
      "Absage Termin 22.09.",
      "Liebes Praxisteam,\n\nhiermit bestätige ich meine Absage für den Termin am Dienstag,"
      " 22.09. Vielen Dank für Ihr Verständnis!\n\nViele Grüße\nAnna Lehmann",
      client="outlook", note="a polite cancellation of a coming session")  # fmt: skip
    n("gj40_yildiz_absage.eml", 12, ("cancellation",), "2026-08-25 12:00", rem(1078),
      "Vielen Dank für die Erinnerung. Leider muss ich den Termin morgen absagen, mein Sohn"
      " ist krank. Ich bitte um Verständnis.\n\nFatma Yıldız",
      client="webde", reply="rem-1078", style="webde",
      note="cancels tomorrow's session (26.08.)")  # fmt: skip
    n("gj41_vogel_bis_auf.eml", 13, ("other",), "2026-09-11 07:50", "Termine September",
      "Sehr geehrte Damen und Herren,\n\nbezüglich meiner Termine im September: bis auf den"
      " 10.09. haben alle stattgefunden. Am 10. musste ich kurzfristig zu Gericht und konnte"
      " nicht teilnehmen.\n\nMit freundlichen Grüßen\nDr. Michael Vogel",
      client="outlook",
      note="all except 10.09.; the only other one (03.09.) is confirmed already")  # fmt: skip
    n("gj42_krueger_ausser_27.eml", 1, ("other",), "2026-01-28 19:20", re(1003),
      "Hallo,\n\nim Januar haben alle Termine stattgefunden außer dem am 27., da war ich krank"
      " und hab vergessen abzusagen. Sorry!\n\nLG Sabine",
      client="webde", reply="cr-1003", style="webde",
      note="all except 27.01., which is her only open session; 13. and 20. are confirmed")  # fmt: skip


def main() -> None:
    load_practice()
    plain_confirmations()
    coming_sessions()
    receipts()
    not_a_confirmation()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
