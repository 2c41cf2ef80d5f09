"""Write the blind test mails of this folder: one .eml per mail plus labels.toml.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_a`.
The practice (patients, appointments, our sent mails) is the corpus's practice.toml, read
as it is; the envelopes (headers, quoting styles of the mail programs) come from the
corpus's make_corpus.py helpers. The mails themselves are written here, by hand, the way
patients write: dictated, short, rambling, with typos, several dates or none.
"""

from __future__ import annotations

import sys

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_a")

SALUTATIONS = {
    1: "Frau Krüger", 2: "Herr Becker", 3: "Frau Demir", 4: "Herr Wolff", 5: "Frau Schulz",
    6: "Herr Hoffmann", 7: "Frau Popescu", 8: "Herr Richter", 9: "Frau Neumann",
    10: "Herr Brandt", 11: "Ms Carter", 12: "Frau Yıldız", 13: "Herr Dr. Vogel",
    14: "Frau Lehmann", 15: "Herr Zimmermann", 16: "Frau Schäfer", 17: "Herr Jansen",
    18: "Frau Koch", 19: "Herr Nowak", 20: "Frau Hartmann", 21: "Frau Wagner",
    22: "Herr Aydın", 23: "Mr O'Neill", 24: "Frau Berger",
}  # fmt: skip


def load_practice() -> None:
    """Fill make_corpus's tables from practice.toml and rebuild our sent mails' texts."""
    data = mc.load_snapshot(lambda p: SALUTATIONS[p["id"]])
    # Mails to staff (the digest) have no patient and are not rebuilt.
    expected = {o["message_id"] for o in data["outbox"] if o.get("patient_id") is not None}
    rebuilt = {row.message_id for row in mc.OUTBOX.values()}
    if expected != rebuilt:
        sys.exit("our sent mails do not match practice.toml: " + repr(expected ^ rebuilt))


load_practice()

# Several mails below use the same appointments: every mail is its own scenario against
# the same snapshot of the practice (see the corpus README).

# --- German confirmations ----------------------------------------------------------------

human(
    "ba01_grandchild_dictated.eml", sender=4, date="2026-01-16 18:40",
    subject="Bestätigung Krankengymnastik",
    body="""Hallo liebes Praxisteam,

hier schreibt Lena, die Enkelin von Herrn Wolff. Mein Opa hat keine Ahnung vom Computer,
deshalb tippe ich das für ihn. Er diktiert:

"Sehr geehrte Damen und Herren, hiermit bestätige ich, dass die Krankengymnastik am
Telefon heute, Freitag den 16. Januar, stattgefunden hat. Es geht dem Knie schon etwas
besser. Mit freundlichen Grüßen Hans-Jürgen Wolff"

Liebe Grüße
Lena (i. A. Hans-Jürgen Wolff)
""",
    label=Label(("confirmation",), patient=4, confirmed=(1028,), dates=("2026-01-16",),
                note="granddaughter types from his registered address"),
)  # fmt: skip

human(
    "ba02_jo_hat_geklappt.eml", sender=21, date="2026-01-19 11:20", client="iphone",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 19.01.2026",
    body="jo hat geklappt 👍\n\nVon meinem iPhone gesendet",
    reply_to="cr-1125", quote_style="iphone",
    label=Label(("confirmation",), patient=21, confirmed=(1125,)),
)  # fmt: skip

human(
    "ba03_mo_12_1.eml", sender=21, date="2026-01-12 13:05", client="webde",
    subject="Bestätigung",
    body="Hallo,\nTermin Mo 12.1. hat stattgefunden.\nLG Sophie Wagner",
    label=Label(("confirmation",), patient=21, confirmed=(1124,), dates=("2026-01-12",)),
)  # fmt: skip

human(
    "ba04_three_in_brackets.eml", sender=21, date="2026-01-27 08:15", client="webde",
    subject="Bestätigung meiner Termine",
    body="""Guten Morgen,

ich war etwas nachlässig mit dem Bestätigen, sorry! Hiermit bestätige ich die letzten
drei Termine (12., 19. und 26.1.), die haben alle stattgefunden.

Viele Grüße
Sophie Wagner
""",
    label=Label(("confirmation",), patient=21, confirmed=(1124, 1125, 1126),
                dates=("2026-01-12", "2026-01-19", "2026-01-26")),
)  # fmt: skip

human(
    "ba05_den_12ten.eml", sender=2, date="2026-02-13 09:10",
    subject="Termin",
    body="Moin,\n\nTermin am Donnerstag den 12ten hat stattgefunden, danke.\n\nThomas Becker",
    label=Label(("confirmation",), patient=2, confirmed=(1013,), dates=("2026-02-12",)),
)  # fmt: skip

human(
    "ba06_two_digit_year_phone_in_pairs.eml", sender=4, date="2026-01-23 16:05",
    client="tonline", subject="Bestätigung",
    body="""Sehr geehrte Damen und Herren,

hiermit bestätige ich die telefonische Behandlung vom 23.01.26.

Mit freundlichem Gruß
H.-J. Wolff
Tel. 030 / 12 01 26 55
""",
    label=Label(("confirmation",), patient=4, confirmed=(1029,), dates=("2026-01-23",),
                note="the phone number is written in pairs: '12 01 26' is no date"),
)  # fmt: skip

human(
    "ba07_am_zwoelften.eml", sender=22, date="2026-03-12 15:00",
    subject="Behandlung",
    body="Hallo,\ndie Behandlung am zwölften hat stattgefunden.\nGruß Mehmet",
    label=Label(("confirmation",), patient=22, confirmed=(1133,), dates=("2026-03-12",),
                note="'am zwölften' in a mail of 12 March: today"),
)  # fmt: skip

human(
    "ba08_letzten_dienstag.eml", sender=1, date="2026-02-09 08:30", client="webde",
    subject="Rückmeldung",
    body="""Hallo liebes Praxisteam,

letzten Dienstag war die Videobehandlung, hat alles gut geklappt. Bitte entschuldigen
Sie die späte Rückmeldung, ich war die ganze Woche erkältet.

Sabine Krüger
""",
    label=Label(("confirmation",), patient=1, confirmed=(1004,), dates=("2026-02-03",),
                note="written on Monday 9.2.: 'letzten Dienstag' is 3.2."),
)  # fmt: skip

human(
    "ba09_heute_frueh.eml", sender=6, date="2026-05-04 08:20", client="outlook",
    subject="KGG heute",
    body="Guten Morgen,\n\nheute früh um halb acht KGG per Video – hat funktioniert. Danke!\n\n"
    "Peter Hoffmann",
    label=Label(("confirmation",), patient=6, confirmed=(1040,), dates=("2026-05-04",)),
)  # fmt: skip

human(
    "ba10_wie_gestern_besprochen.eml", sender=15, date="2026-10-06 10:00",
    subject="Bestätigung Behandlung",
    body="""Sehr geehrtes Praxisteam,

wie gestern am Telefon besprochen bestätige ich Ihnen hiermit die Behandlung von
gestern, Montag.

Mit freundlichen Grüßen
Klaus Zimmermann
""",
    label=Label(("confirmation",), patient=15, confirmed=(1093,), dates=("2026-10-05",)),
)  # fmt: skip

human(
    "ba11_outlook_reply_dateless.eml", sender=15, date="2026-10-12 14:00", client="outlook",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 12.10.2026",
    body="Hiermit bestätigt.\n\nMit freundlichen Grüßen\nKlaus Zimmermann",
    reply_to="cr-1094", quote_style="outlook",
    label=Label(("confirmation",), patient=15, confirmed=(1094,)),
)  # fmt: skip

human(
    "ba12_iphone_reply_with_date.eml", sender=8, date="2026-06-17 20:30", client="iphone",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 17.06.2026",
    body="Ja, die MT am 17.6. hat stattgefunden. Danke!\n\nGesendet von iPhone",
    reply_to="cr-1053", quote_style="iphone",
    label=Label(("confirmation",), patient=8, confirmed=(1053,), dates=("2026-06-17",)),
)  # fmt: skip

human(
    "ba13_gmail_reply_dateless.eml", sender=3, date="2026-03-18 10:30", client="gmail",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 18.03.2026",
    body="Hallo, ja hat stattgefunden, vielen Dank und liebe Grüße\nAylin",
    reply_to="cr-1021", quote_style="gmail",
    label=Label(("confirmation",), patient=3, confirmed=(1021,)),
)  # fmt: skip

human(
    "ba14_webde_reply_no_dotless_i.eml", sender=12, name="Fatma Yildiz",
    date="2026-08-05 14:00", client="webde",
    subject="Aw: Bitte bestätigen Sie Ihre Behandlung vom 05.08.2026",
    body="Sehr geehrte Damen und Herren,\ndie Behandlung am 5.8. hat stattgefunden.\n"
    "Mit freundlichen Grüßen\nFatma Yildiz",
    reply_to="cr-1075", quote_style="webde",
    label=Label(("confirmation",), patient=12, confirmed=(1075,), dates=("2026-08-05",)),
)  # fmt: skip

human(
    "ba15_tonline_statt_gefunden.eml", sender=18, date="2026-03-23 18:00", client="tonline",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 23.03.2026",
    body="Guten Tag,\nja,die Behandlung hat statt gefunden.\nGruß R.Koch",
    reply_to="cr-1109", quote_style="tonline",
    label=Label(("confirmation",), patient=18, confirmed=(1109,)),
)  # fmt: skip

human(
    "ba16_date_in_subject_only.eml", sender=10, date="2026-07-10 18:00",
    subject="Bestätigung Termin 10.07.",
    body="Hat stattgefunden.\n\nGruß\nLukas",
    label=Label(("confirmation",), patient=10, confirmed=(1064,), dates=("2026-07-10",)),
)  # fmt: skip

human(
    "ba17_forward_from_business_address.eml", sender="b.schaefer@schaefer-steuerberatung.de",
    name="Birgit Schäfer | Schäfer Steuerberatung", date="2026-10-08 09:00", client="outlook",
    subject="WG: Bitte bestätigen Sie Ihre Behandlung vom 07.10.2026",
    body="""Hallo,

ich leite Ihnen Ihre Mail weiter, sie ist bei mir im Geschäftspostfach gelandet.
Ja, der Termin am 7.10. hat stattgefunden.

Beste Grüße
Birgit Schäfer

Schäfer Steuerberatung · Kantstraße 88 · 10627 Berlin
Tel. 030 3198 2210 · Fax 030 3198 2219
""",
    forward="cr-1098", quote_style="forward_outlook",
    label=Label(("confirmation",), patient=16, confirmed=(1098,), dates=("2026-10-07",),
                note="her second registered address; our request forwarded below"),
)  # fmt: skip

human(
    "ba18_confirm_and_question_code.eml", sender=7, date="2026-06-16 13:00", client="yahoo",
    subject="Behandlung heute",
    body="""Guten Tag,

heute die Behandlung hat stattgefunden, danke. Ich habe eine Frage: muss ich für die
nächste Mal wieder neue Code eingeben oder ist das gleiche Code?

Mit freundlichen Grüßen
Elena Popescu
""",
    label=Label(("confirmation", "question"), patient=7, confirmed=(1048,),
                dates=("2026-06-16",), needs_staff=True),
)  # fmt: skip

human(
    "ba19_confirm_and_new_prescription.eml", sender=9, date="2026-07-28 11:00",
    subject="Krankengymnastik",
    body="""Liebe Praxis,

heute früh hat die Therapeutin wieder angerufen, die Behandlung hat stattgefunden.
Damit ist mein Rezept ja nun aufgebraucht. Mein Hausarzt hat mir aber eine neue
Verordnung ausgestellt, 6 x KG. Könnte ich wieder dienstags und donnerstags um 9 Uhr
einen Termin bekommen? Das Rezept schicke ich Ihnen per Post.

Herzliche Grüße
Gisela Neumann
""",
    label=Label(("confirmation", "question"), patient=9, confirmed=(1062,),
                dates=("2026-07-28",), needs_staff=True,
                note="confirmation plus a new booking wish"),
)  # fmt: skip

human(
    "ba20_bis_donnerstag.eml", sender=2, date="2026-02-16 19:30",
    subject="Termin heute",
    body="Hallo,\n\nBehandlung heute hat stattgefunden, danke! Bis Donnerstag dann.\n\n"
    "Thomas Becker",
    label=Label(("confirmation",), patient=2, confirmed=(1014,), dates=("2026-02-16",),
                note="'bis Donnerstag' is the next appointment"),
)  # fmt: skip

human(
    "ba21_bis_naechsten_montag.eml", sender=6, date="2026-05-11 09:00", client="outlook",
    subject="Termin heute Morgen",
    body="Termin heute morgen war gut, danke und bis nächsten Montag!\n\nP. Hoffmann",
    label=Label(("confirmation",), patient=6, confirmed=(1041,), dates=("2026-05-11",)),
)  # fmt: skip

human(
    "ba22_birth_date_signature.eml", sender=24, date="2026-05-06 10:00",
    subject="Bestätigung",
    body="""Sehr geehrte Damen und Herren,

ich bestätige die telefonische Behandlung am 06.05.2026.

Mit freundlichen Grüßen
Ursula Berger
geb. 03.05.1948
Versichertennr. A123456789
""",
    label=Label(("confirmation",), patient=24, confirmed=(1142,), dates=("2026-05-06",)),
)  # fmt: skip

human(
    "ba23_room_number_signature.eml", sender=14, date="2026-09-08 15:00",
    client="thunderbird", subject="Videotermin heute",
    body="""Liebes Praxisteam,

hiermit bestätige ich den Videotermin vom 8.9., hat alles gut funktioniert.

Viele Grüße
Anna Lehmann

--
Anna Lehmann, M.A.
Wissenschaftliche Mitarbeiterin
Institut für Sozialwissenschaften, Raum 3.12
Tel.: +49 30 838 51234
Sprechstunde: Di 14-16 Uhr
""",
    label=Label(("confirmation",), patient=14, confirmed=(1087,), dates=("2026-09-08",),
                note="'Raum 3.12' in the signature is no date"),
)  # fmt: skip

human(
    "ba24_long_rambling_story.eml", sender=9, date="2026-07-10 16:00",
    subject="Hallo aus Spandau",
    body="""Liebe Frau Doktor, liebes Praxisteam,

ich wollte mich mal melden, weil mein Enkel sagt, ich soll das per E-Mail machen, damit
alles seine Ordnung hat. Also. Die Woche war ja wieder sehr heiß, ich habe kaum
geschlafen, und am Dienstag war ich dann auch noch beim Hausarzt wegen der Tabletten,
das war eine Warterei! Aber das Knie wird besser, ich kann schon wieder bis zum Bäcker
laufen ohne Pause.

Am Donnerstag, also gestern, hat dann wie verabredet die nette Therapeutin angerufen und
wir haben die Übungen gemacht, auch die mit dem Handtuch. Das hat also stattgefunden.

Meine Enkelin hat am 15. Geburtstag, da kommt die ganze Familie, darauf freue ich mich.

Herzliche Grüße aus Spandau
Ihre Gisela Neumann
""",
    label=Label(("confirmation",), patient=9, confirmed=(1057,), dates=("2026-07-09",),
                note="Tuesday was the GP, not the treatment; the 15th is a birthday"),
)  # fmt: skip

human(
    "ba25_husband_from_her_address.eml", sender=18, name="W. u. R. Koch",
    date="2026-03-26 10:00", client="tonline",
    subject="Behandlung meiner Frau",
    body="""Guten Tag,

ich schreibe für meine Frau Renate, sie hat keinen Computer. Die Behandlung am
Mittwoch, 25.3., hat stattgefunden.

Mit freundlichem Gruß
Werner Koch
""",
    label=Label(("confirmation",), patient=18, confirmed=(1110,), dates=("2026-03-25",),
                note="husband writes from her registered address"),
)  # fmt: skip

human(
    "ba26_typos_no_umlauts.eml", sender=1, name="Sabine Kruger", date="2026-02-10 19:00",
    subject="Bestatigung",
    body="Sehr geehrte Damen und Herren,\nhiermit bestatige ich das die Behandlung am "
    "Dienstag 10.2 statgefunden hat.\nMfg Sabine Kruger",
    label=Label(("confirmation",), patient=1, confirmed=(1005,), dates=("2026-02-10",)),
)  # fmt: skip

human(
    "ba27_two_days_month_word.eml", sender=2, date="2026-02-24 08:00",
    subject="Bestätigung Termine",
    body="Guten Morgen,\n\ndie Termine am 19. und 23. Februar haben beide stattgefunden.\n\n"
    "Gruß\nThomas Becker",
    label=Label(("confirmation",), patient=2, confirmed=(1015, 1016),
                dates=("2026-02-19", "2026-02-23")),
)  # fmt: skip

human(
    "ba28_reply_to_old_request_auch_heute.eml", sender=1, date="2026-02-24 12:00",
    client="webde", subject="Aw: Bitte bestätigen Sie Ihre Behandlung vom 17.02.2026",
    body="Hallo, auch heute (24.2.) hat wieder alles gut geklappt.\nSabine Krüger",
    reply_to="cr-1006", quote_style="webde",
    label=Label(("confirmation",), patient=1, confirmed=(1007,), dates=("2026-02-24",),
                note="answers the old request for 17.02. (quoted) but names only 24.2."),
)  # fmt: skip

human(
    "ba29_reply_plus_last_week.eml", sender=22, date="2026-02-26 15:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 26.02.2026",
    body="Hallo, ja. Und letzte Woche (19.2.) auch, hatte ich vergessen zu antworten.\n"
    "Gruß Mehmet",
    reply_to="cr-1131", quote_style="gmail", client="plain",
    label=Label(("confirmation",), patient=22, confirmed=(1130, 1131),
                dates=("2026-02-19",),
                note="'ja' answers the request for 26.02.; 19.2. named in words"),
)  # fmt: skip

human(
    "ba30_heute_hat_geklappt.eml", sender=10, date="2026-07-17 17:00",
    subject="Termin",
    body="Heute hat geklappt, danke",
    label=Label(("confirmation",), patient=10, confirmed=(1065,), dates=("2026-07-17",)),
)  # fmt: skip

human(
    "ba31_samsung_statt_gefunden.eml", sender=22, date="2026-03-05 14:00", client="samsung",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 05.03.2026",
    body="Ja hat statt gefunden\n\n\n\nGesendet von meinem Galaxy",
    reply_to="cr-1132", quote_style="samsung",
    label=Label(("confirmation",), patient=22, confirmed=(1132,)),
)  # fmt: skip

human(
    "ba32_thunderbird_weekday_date.eml", sender=14, date="2026-09-15 16:00",
    client="thunderbird", subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 15.09.2026",
    body="Hallo,\n\nder Termin am Dienstag, 15.9., hat stattgefunden.\n\nViele Grüße\nAnna Lehmann",
    reply_to="cr-1088", quote_style="thunderbird",
    label=Label(("confirmation",), patient=14, confirmed=(1088,), dates=("2026-09-15",)),
)  # fmt: skip

human(
    "ba33_grandson_confirm_and_move.eml", sender=24, name="Ursula Berger",
    date="2026-05-14 17:00", subject="Termine Oma",
    body="""Hallo,

ich bin der Enkel von Frau Berger. Oma sagt, der Anruf am Mittwoch (13.5.) hat
stattgefunden und sie bedankt sich recht herzlich.

Sie hat übrigens am 20.5. um 9 einen Arzttermin, kann die Behandlung an dem Tag
später sein, so ab 11?

Gruß Tim
""",
    label=Label(("confirmation", "reschedule"), patient=24, confirmed=(1143,),
                dates=("2026-05-13",), needs_staff=True),
)  # fmt: skip

human(
    "ba34_letzte_woche_mittwoch.eml", sender=12, name="Fatma Yıldız",
    date="2026-08-18 10:00", client="webde", subject="Behandlung",
    body="Hallo,\nletzte Woche Mittwoch wurde ich angerufen, Behandlung hat stattgefunden. "
    "Entschuldigung für späte Antwort.\nFatma",
    label=Label(("confirmation",), patient=12, confirmed=(1076,), dates=("2026-08-12",)),
)  # fmt: skip

human(
    "ba35_14ten_und_21ten.eml", sender=16, date="2026-10-22 08:00", client="plain",
    subject="Termine Oktober",
    body="Hallo zusammen,\n\ndie Termine am 14ten und 21ten haben stattgefunden.\n\n"
    "LG Birgit Schäfer",
    label=Label(("confirmation",), patient=16, confirmed=(1099, 1100),
                dates=("2026-10-14", "2026-10-21")),
)  # fmt: skip

human(
    "ba36_mi_abbreviation.eml", sender=3, date="2026-03-25 09:30", client="gmail",
    subject="Termin Mi., 25.03.",
    body="Hallo, Termin Mi., 25.03. hat stattgefunden 🙂\nAylin",
    label=Label(("confirmation",), patient=3, confirmed=(1022,), dates=("2026-03-25",)),
)  # fmt: skip

human(
    "ba37_granddaughter_confirm_and_cancel.eml", sender=9, name="Gisela Neumann",
    date="2026-07-20 19:00", subject="Termine von Oma Gisela",
    body="""Hallo,

ich schreibe für meine Oma Gisela Neumann. Sie lässt ausrichten: die Anrufe am Dienstag
und Donnerstag letzter Woche haben stattgefunden, vielen Dank!

Diese Woche ist sie aber bei uns in Hamburg und nicht zu erreichen, bitte die Termine
am Di. 21. und Do. 23.7. absagen. Ab dem 28. ist sie wieder zu Hause.

Danke und viele Grüße
Julia
""",
    label=Label(("confirmation", "cancellation"), patient=9, confirmed=(1058, 1059),
                dates=("2026-07-14", "2026-07-16"), needs_staff=True),
)  # fmt: skip

human(
    "ba38_three_dates_sowie.eml", sender=4, date="2026-02-07 10:00", client="tonline",
    subject="Bestätigung",
    body="""Sehr geehrte Damen und Herren,

hiermit bestätige ich die Termine am 23. und 30. Januar sowie am 6. Februar.

Mit freundlichem Gruß
Hans-Jürgen Wolff
""",
    label=Label(("confirmation",), patient=4, confirmed=(1029, 1030, 1031),
                dates=("2026-01-23", "2026-01-30", "2026-02-06")),
)  # fmt: skip

human(
    "ba39_termin_3_3_ok.eml", sender=1, date="2026-03-03 11:00", client="webde",
    subject="Termin", body="Termin 3.3 ok",
    label=Label(("confirmation",), patient=1, confirmed=(1008,), dates=("2026-03-03",)),
)  # fmt: skip

human(
    "ba40_reply_to_link_after.eml", sender=21, date="2026-02-09 10:30", client="gmail",
    subject="Re: Ihr Videotermin am 09.02.2026",
    body="Hat heute gut funktioniert mit dem Code, danke!",
    reply_to="vl-1128", quote_style="gmail",
    label=Label(("confirmation",), patient=21, confirmed=(1128,), dates=("2026-02-09",)),
)  # fmt: skip

human(
    "ba41_html_only_entities.eml", sender=16, date="2026-10-28 20:10",
    subject="Behandlung",
    html="""<html><body><div style="font-family: Verdana">Hallo,<br><br>die Behandlung vom
28.10. hat stattgefunden.&nbsp;Danke!<br><br>Liebe Gr&uuml;&szlig;e<br>Birgit
Sch&auml;fer</div></body></html>""",
    html_only=True, body="",
    label=Label(("confirmation",), patient=16, confirmed=(1101,), dates=("2026-10-28",)),
)  # fmt: skip

human(
    "ba42_mother_reply.eml", sender=5, name="Katrin Schulz", date="2026-04-23 18:00",
    client="thunderbird", subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 23.04.2026",
    body="Hallo,\n\nja, Marie hatte heute ihre Stunde, hat gut geklappt.\n\n"
    "Viele Grüße\nKatrin Schulz (Mutter)",
    reply_to="cr-1035", quote_style="thunderbird",
    label=Label(("confirmation",), patient=5, confirmed=(1035,), dates=("2026-04-23",)),
)  # fmt: skip

human(
    "ba43_mother_two_and_holiday_question.eml", sender=5, name="Katrin Schulz",
    date="2026-05-08 09:00", subject="Termine Marie",
    body="""Hallo,

Marie hatte am 30.4. und am 7.5. ihre Termine, beide haben stattgefunden.
Nächste Woche Donnerstag ist ja Feiertag (Himmelfahrt), da ist kein Termin, richtig?

LG K. Schulz
""",
    label=Label(("confirmation", "question"), patient=5, confirmed=(1036, 1037),
                dates=("2026-04-30", "2026-05-07"), needs_staff=True),
)  # fmt: skip

human(
    "ba44_both_same_day.eml", sender=6, date="2026-05-18 14:00", client="outlook",
    subject="Termine heute",
    body="Hallo,\n\nbeide Termine am Montag 18.5. (morgens KGG und mittags MT) haben "
    "stattgefunden.\n\nGruß\nPeter Hoffmann",
    label=Label(("confirmation",), patient=6, confirmed=(1042, 1043), dates=("2026-05-18",)),
)  # fmt: skip

human(
    "ba45_one_of_two_same_day.eml", sender=6, date="2026-05-18 13:30", client="outlook",
    subject="Termine heute",
    body="""Hallo,

heute morgen die KGG hat geklappt. Die MT um 12:30 konnte ich leider nicht
wahrnehmen, ich saß im Meeting fest. Sorry!

Peter Hoffmann
""",
    label=Label(("confirmation",), patient=6, confirmed=(1042,), dates=("2026-05-18",),
                needs_staff=True,
                note="the 12:30 MT of the same day was missed: staff"),
)  # fmt: skip

human(
    "ba46_heute_wegen_pfingstmontag.eml", sender=6, date="2026-05-26 09:00", client="outlook",
    subject="KGG",
    body="Moin, heute (Dienstag, wegen Pfingstmontag) hat geklappt.\nPeter",
    label=Label(("confirmation",), patient=6, confirmed=(1044,), dates=("2026-05-26",)),
)  # fmt: skip

human(
    "ba47_doctor_outlook_classic_disclaimer.eml", sender=13, date="2026-09-10 09:00",
    client="outlook", subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 10.09.2026",
    body="""Sehr geehrte Damen und Herren,

hiermit bestätige ich die Behandlung vom 10.09.2026.

Mit freundlichen Grüßen

Dr. med. Michael Vogel
Facharzt für Allgemeinmedizin
Vogel & Partner
Hauptstraße 12, 10827 Berlin
Tel. 030 7812345 | Fax 030 7812346

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten.
Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.
""",
    reply_to="cr-1082", quote_style="outlook_classic",
    label=Label(("confirmation",), patient=13, confirmed=(1082,), dates=("2026-09-10",)),
)  # fmt: skip

human(
    "ba48_two_dates_one_month.eml", sender=13, date="2026-09-24 08:00", client="outlook",
    subject="Bestätigung",
    body="Die Termine vom 17. und 24.09. bestätige ich hiermit.\n\nM. Vogel",
    label=Label(("confirmation",), patient=13, confirmed=(1083, 1084),
                dates=("2026-09-17", "2026-09-24")),
)  # fmt: skip

human(
    "ba49_die_letzten_beiden.eml", sender=14, date="2026-09-30 09:00",
    client="thunderbird", subject="Bestätigung",
    body="Hallo,\n\ndie letzten beiden Termine haben stattgefunden.\n\nViele Grüße\nAnna Lehmann",
    label=Label(("confirmation",), patient=14, needs_staff=True,
                note="no day named and no request answered: staff match them"),
)  # fmt: skip

human(
    "ba50_dateless_new_mail.eml", sender=17, date="2026-10-29 12:00", client="gmail",
    subject="Bestätigung",
    body="Hallo, Behandlung hat stattgefunden. Gruß Ole",
    label=Label(("confirmation",), patient=17, needs_staff=True,
                note="no date, no thread; 22.10. and 29.10. both open"),
)  # fmt: skip

human(
    "ba51_reply_to_reminder_after.eml", sender=17, date="2026-11-12 12:00", client="gmail",
    subject="Re: Erinnerung: Ihr Termin am 12.11.2026",
    body="Hat stattgefunden, danke",
    reply_to="rem-1107", quote_style="gmail",
    label=Label(("confirmation",), patient=17, confirmed=(1107,),
                note="answers the reminder for 12.11. after the appointment: that one"),
)  # fmt: skip

human(
    "ba52_late_reply_old_request.eml", sender=1, date="2026-02-04 21:15", client="webde",
    subject="Aw: Bitte bestätigen Sie Ihre Behandlung vom 27.01.2026",
    body="Ja, hat stattgefunden. Sorry für die Verspätung!",
    reply_to="cr-1003", quote_style="webde",
    label=Label(("confirmation",), patient=1, confirmed=(1003,)),
)  # fmt: skip

human(
    "ba53_gesten_typo.eml", sender=16, date="2026-11-05 08:00",
    subject="Video",
    body="Hallo, gesten abend hat alles gut geklappt mit dem Video. LG Birgit",
    label=Label(("confirmation",), patient=16, confirmed=(1102,), dates=("2026-11-04",),
                note="'gesten' is a typo of 'gestern'"),
)  # fmt: skip

human(
    "ba54_bestaetige_ae_month.eml", sender=20, date="2026-11-10 19:00", client="webde",
    subject="Bestaetigung",
    body="Hallo,\nich bestaetige die Behandlung am 10. November.\nGruesse Leonie Hartmann",
    label=Label(("confirmation",), patient=20, confirmed=(1121,), dates=("2026-11-10",)),
)  # fmt: skip

human(
    "ba55_despite_cold.eml", sender=19, date="2026-11-20 09:00",
    subject="MT heute",
    body="Moin, trotz Erkältung hat die Behandlung heute stattgefunden. Danke! David",
    label=Label(("confirmation",), patient=19, confirmed=(1118,), dates=("2026-11-20",)),
)  # fmt: skip

human(
    "ba56_formal_letter_birth_date_inline.eml", sender=18, date="2026-04-02 10:00",
    client="tonline", subject="Bestätigung",
    body="""Sehr geehrte Damen und Herren,

hiermit bestätige ich, Renate Koch, geb. 12.04.1944, wohnhaft Lindenstr. 5, 12345 Berlin,
dass ich am 30. März 2026 und am 1. April 2026 jeweils telefonisch behandelt worden bin.

Hochachtungsvoll
Renate Koch
""",
    label=Label(("confirmation",), patient=18, confirmed=(1111, 1112),
                dates=("2026-03-30", "2026-04-01")),
)  # fmt: skip

human(
    "ba57_mittwoch_nach_ostern.eml", sender=18, date="2026-04-09 09:00", client="tonline",
    subject="Behandlung",
    body="Guten Tag,\n\ndie Behandlung am Mittwoch nach Ostern hat stattgefunden.\n\n"
    "Mit freundlichen Grüßen\nRenate Koch",
    label=Label(("confirmation",), patient=18, confirmed=(1113,), dates=("2026-04-08",),
                note="Easter Sunday 2026 is 5 April: the Wednesday after is 8 April"),
)  # fmt: skip

human(
    "ba58_spaces_in_date.eml", sender=24, date="2026-05-27 10:00",
    subject="Behandlung",
    body="Guten Tag, am 27. 5. war die Behandlung am Telefon. Alles gut. Gruß U. Berger",
    label=Label(("confirmation",), patient=24, confirmed=(1145,), dates=("2026-05-27",)),
)  # fmt: skip

human(
    "ba59_confirm_and_holiday_cancel.eml", sender=10, date="2026-08-01 10:00",
    subject="Termine",
    body="Hallo,\n\nder Termin am 31.7. hat stattgefunden. Am 7.8. bin ich im Urlaub, bitte "
    "absagen.\n\nGruß Lukas",
    label=Label(("confirmation", "cancellation"), patient=10, confirmed=(1067,),
                dates=("2026-07-31",), needs_staff=True),
)  # fmt: skip

human(
    "ba60_apple_html_reply_emoji.eml", sender=8, date="2026-06-24 19:45", client="apple",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 24.06.2026",
    body="Hat stattgefunden 👍\n\nJonas",
    html="<html><body><div dir=\"ltr\">Hat stattgefunden 👍</div><div dir=\"ltr\"><br>"
    "</div><div dir=\"ltr\">Jonas</div></body></html>",
    reply_to="cr-1054", quote_style="iphone",
    label=Label(("confirmation",), patient=8, confirmed=(1054,)),
)  # fmt: skip

human(
    "ba61_heute_alles_gut_reply.eml", sender=3, date="2026-04-08 10:30", client="gmail",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 08.04.2026",
    body="Heute alles gut, danke!",
    reply_to="cr-1024", quote_style="gmail",
    label=Label(("confirmation",), patient=3, confirmed=(1024,), dates=("2026-04-08",)),
)  # fmt: skip

human(
    "ba62_forwarded_request_no_thread.eml", sender=4, date="2026-02-13 17:00",
    client="tonline", subject="Fwd: Bitte bestätigen Sie Ihre Behandlung vom 13.02.2026",
    body="ja hat stattgefunden\nH.J.Wolff",
    forward="cr-1032", quote_style="forward_gmail",
    label=Label(("confirmation",), patient=4, confirmed=(1032,),
                note="forwards our request instead of answering it; the date is ours"),
)  # fmt: skip

human(
    "ba63_pain_since_date_and_question.eml", sender=22, date="2026-03-19 14:00",
    subject="Termin heute",
    body="""Hallo,

Termin heute hat stattgefunden. Seit dem 1.3. habe ich wieder mehr Schmerzen im
Rücken, soll ich die Übungen trotzdem weiter machen?

Gruß Mehmet Aydın
""",
    label=Label(("confirmation", "question"), patient=22, confirmed=(1134,),
                dates=("2026-03-19",), needs_staff=True),
)  # fmt: skip

human(
    "ba64_thanks_for_today.eml", sender=15, date="2026-10-19 12:00",
    subject="Dankeschön",
    body="Vielen Dank für die nette Behandlung heute!\n\nKlaus Zimmermann",
    label=Label(("confirmation",), patient=15, confirmed=(1095,), dates=("2026-10-19",)),
)  # fmt: skip

human(
    "ba65_fuenften_august_words.eml", sender=12, name="Fatma Yıldız",
    date="2026-08-26 13:00", subject="Termin heute",
    body="Guten Tag,\n\nich bestätige die Behandlung von heute, 26. August. Die Sache vom "
    "19.08. ist ja abgesagt gewesen.\n\nFatma Yıldız",
    label=Label(("confirmation",), patient=12, confirmed=(1078,), dates=("2026-08-26",),
                note="19.08. is named as the cancelled one"),
)  # fmt: skip

human(
    "ba75_long_display_name_folded_from.eml", sender=13,
    name="Dr. med. Michael Vogel - Vogel & Partner Praxis für Allgemeinmedizin",
    date="2026-10-01 09:00", client="outlook", subject="Behandlung heute",
    body="Guten Morgen,\n\ndie Behandlung heute, 1.10., hat stattgefunden.\n\nM. Vogel",
    label=Label(("confirmation",), patient=13, confirmed=(1085,), dates=("2026-10-01",),
                note="a long display name: the From header is folded onto two lines"),
)  # fmt: skip

# --- German mails that look like confirmations but are not --------------------------------

human(
    "ba66_session_cut_off.eml", sender=20, date="2026-11-03 17:40", client="webde",
    subject="Verbindung abgebrochen",
    body="""Hallo,

die Verbindung ist heute nach ca. 5 Minuten abgebrochen und kam nicht wieder zustande.
Ich weiß nicht, ob das jetzt als Termin zählt?

LG Leonie Hartmann
""",
    label=Label(("technical",), patient=20, needs_staff=True,
                note="the session did not (fully) take place"),
)  # fmt: skip

human(
    "ba67_verschlafen.eml", sender=19, date="2026-11-13 10:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 13.11.2026",
    body="Sorry, ich habe den Termin heute früh komplett verschlafen. Können wir einen "
    "neuen ausmachen?\nDavid",
    reply_to="cr-1117", quote_style="thunderbird",
    label=Label(("reschedule",), patient=19, needs_staff=True,
                note="answers our request: did NOT take place"),
)  # fmt: skip

human(
    "ba68_link_received_hat_geklappt.eml", sender=17, date="2026-11-02 09:00",
    client="gmail", subject="Re: Ihr Videotermin am 05.11.2026",
    body="Danke, Link ist angekommen, hat alles geklappt 👍",
    reply_to="vl-1106", quote_style="gmail",
    label=Label(("other",), patient=17, needs_staff=True,
                note="confirms receipt of the link for 05.11., three days ahead"),
)  # fmt: skip

human(
    "ba69_confirms_tomorrow.eml", sender=13, date="2026-09-16 08:00", client="outlook",
    subject="AW: Erinnerung: Ihr Termin am 17.09.2026",
    body="Bestätige den Termin morgen um 7 Uhr.\n\nGruß M. Vogel",
    reply_to="rem-1083", quote_style="outlook",
    label=Label(("other",), patient=13, needs_staff=True,
                note="confirms the UPCOMING appointment"),
)  # fmt: skip

human(
    "ba70_nobody_called_reply.eml", sender=15, date="2026-11-02 12:45",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 02.11.2026",
    body="Nein, heute hat mich niemand angerufen. Ich war den ganzen Vormittag zu Hause "
    "am Telefon.\n\nK. Zimmermann",
    reply_to="cr-1097", quote_style="outlook",
    label=Label(("other",), patient=15, needs_staff=True,
                note="did NOT take place"),
)  # fmt: skip

human(
    "ba71_doubt_was_it.eml", sender=24, date="2026-06-04 10:00",
    subject="Frage",
    body="""Guten Tag,

hat der Termin am 3.6. eigentlich stattgefunden? Ich glaube, es hat jemand angerufen,
aber ich war im Garten und bin nicht rechtzeitig ans Telefon gekommen.

Mit freundlichen Grüßen
Ursula Berger
""",
    label=Label(("question",), patient=24, needs_staff=True,
                note="doubt: no confirmation"),
)  # fmt: skip

human(
    "ba72_daughter_own_address.eml", sender="sabine.wolff-meier@gmx.de",
    name="Sabine Wolff-Meier", date="2026-02-20 17:00",
    subject="Termin meines Vaters",
    body="""Hallo,

ich schreibe für meinen Vater Hans-Jürgen Wolff: der Termin heute, 20.2., hat
stattgefunden.

Viele Grüße
Sabine Wolff-Meier
""",
    label=Label(("confirmation",), patient=0, dates=("2026-02-20",), needs_staff=True,
                note="the daughter's own, unregistered address: never counts"),
)  # fmt: skip

human(
    "ba73_mother_question_before.eml", sender=5, name="Katrin Schulz",
    date="2026-04-22 20:00", subject="Termin morgen",
    body="""Hallo,

meine Tochter hat morgen um 15:30 den Termin, sie hat aber Schule bis 15 Uhr. Klappt
das trotzdem? Und muss ich dabei sein?

LG Katrin Schulz
""",
    label=Label(("question",), patient=5, needs_staff=True),
)  # fmt: skip

human(
    "ba74_partial_yes_half.eml", sender=3, date="2026-03-11 10:00", client="gmail",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 11.03.2026",
    body="Jein 😅 wir haben angefangen, aber nach 10 Minuten war das Bild weg und der Ton "
    "auch. Die Therapeutin wollte sich melden, hat sie aber nicht.\nAylin",
    reply_to="cr-1020", quote_style="gmail",
    label=Label(("technical",), patient=3, needs_staff=True,
                note="cut off after 10 minutes: not a confirmation"),
)  # fmt: skip

# --- English ---------------------------------------------------------------------------------

human(
    "be01_html_only_outlookcom.eml", sender=23, date="2026-04-15 08:00",
    subject="Session confirmation",
    html="<html><head><style>p{margin:0}</style></head><body dir=\"ltr\"><div "
    "style=\"font-family: Calibri, Arial\">Hi,</div><div>just confirming that my session on "
    "Tuesday 14 April took place.</div><div><br></div><div>Thanks,</div><div>James</div>"
    "</body></html>",
    html_only=True, body="",
    label=Label(("confirmation",), patient=23, confirmed=(1136,), dates=("2026-04-14",)),
)  # fmt: skip

human(
    "be02_yesterday_monday.eml", sender=11, date="2026-08-11 09:00", client="gmail",
    subject="Yesterday's session",
    body="Hi there,\n\njust to confirm my video session yesterday (Monday) went ahead as "
    "planned.\n\nBest,\nEmily",
    label=Label(("confirmation",), patient=11, confirmed=(1070,), dates=("2026-08-10",)),
)  # fmt: skip

human(
    "be03_day_month_slash.eml", sender=11, date="2026-08-17 14:00", client="gmail",
    subject="Confirmation",
    body="Hello, confirming the session on 17/08. Thanks! Emily Carter",
    label=Label(("confirmation",), patient=11, confirmed=(1071,), dates=("2026-08-17",)),
)  # fmt: skip

human(
    "be04_gmail_en_reply_yes.eml", sender=11, date="2026-08-24 15:00", client="gmail",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 24.08.2026",
    body="Yes, it happened. Thanks!",
    reply_to="cr-1072", quote_style="gmail_en",
    label=Label(("confirmation",), patient=11, confirmed=(1072,)),
)  # fmt: skip

human(
    "be05_two_ordinals.eml", sender=23, date="2026-04-29 09:00",
    subject="Sessions",
    body="Hello,\n\nconfirming my last two phone sessions, 21st and 28th April.\n\nCheers,\n"
    "James",
    label=Label(("confirmation",), patient=23, confirmed=(1137, 1138),
                dates=("2026-04-21", "2026-04-28")),
)  # fmt: skip

human(
    "be06_call_dropped.eml", sender=23, date="2026-05-13 08:00",
    subject="Last night's call",
    body="Hi, the call last night dropped after ten minutes and nobody called back. Not sure "
    "this counts as a session.\nJames",
    label=Label(("technical",), patient=23, needs_staff=True,
                note="cut off: not a confirmation"),
)  # fmt: skip

human(
    "be07_see_you_tomorrow.eml", sender=11, date="2026-08-30 13:00", client="gmail",
    subject="Re: Erinnerung: Ihr Termin am 31.08.2026",
    body="Confirmed, see you tomorrow at 12!",
    reply_to="rem-1073", quote_style="gmail_en",
    label=Label(("other",), patient=11, needs_staff=True,
                note="confirms the UPCOMING appointment"),
)  # fmt: skip

human(
    "be08_outlook_en_reply_with_date.eml", sender=23, date="2026-05-05 22:00",
    subject="RE: Bitte bestätigen Sie Ihre Behandlung vom 05.05.2026",
    body="Confirmed - the session took place on 5 May.\n\nJames O'Neill",
    html="<html><body><p>Confirmed - the session took place on 5 May.</p><p>James "
    "O'Neill</p></body></html>",
    reply_to="cr-1139", quote_style="outlook_en",
    label=Label(("confirmation",), patient=23, confirmed=(1139,), dates=("2026-05-05",)),
)  # fmt: skip

human(
    "be09_confirm_and_invoice.eml", sender=11, date="2026-09-01 10:00", client="gmail",
    subject="Treatment 31 August",
    body="Hello,\n\nI confirm the treatment from Monday 31st of August. Also, could I get an "
    "invoice for my insurance?\n\nThanks\nEmily",
    label=Label(("confirmation", "question"), patient=11, confirmed=(1073,),
                dates=("2026-08-31",), needs_staff=True),
)  # fmt: skip

human(
    "be10_forgot_today.eml", sender=11, date="2026-09-07 15:00", client="gmail",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 07.09.2026",
    body="So sorry, I completely forgot about today's session! Could we find another slot "
    "this week?\n\nEmily",
    reply_to="cr-1074", quote_style="gmail_en",
    label=Label(("reschedule",), patient=11, needs_staff=True,
                note="answers our request: did NOT take place"),
)  # fmt: skip

human(
    "be11_tonight_talk_next_tuesday.eml", sender=23, date="2026-05-19 21:00",
    subject="Tonight",
    body="Session tonight went fine, thanks. Talk to you next Tuesday.\nJames",
    label=Label(("confirmation",), patient=23, confirmed=(1141,), dates=("2026-05-19",),
                note="next Tuesday is a future call (and no appointment exists)"),
)  # fmt: skip


# --- output ----------------------------------------------------------------------------------


def check_labels() -> None:
    """The same consistency rules as the corpus: confirmed before the mail, dates past."""
    seen: set[str] = set()
    for mail in mc.MAILS:
        if mail.file in seen:
            sys.exit(f"duplicate file name {mail.file}")
        seen.add(mail.file)
        for aid in mail.label.confirmed:
            a = mc.APPOINTMENTS[aid]
            if a.patient_id != mail.label.patient:
                sys.exit(f"{mail.file}: appointment {aid} is not patient {mail.label.patient}'s")
            if a.start >= mail.mail_date or a.status != "scheduled":
                sys.exit(f"{mail.file}: appointment {aid} is after the mail or cancelled")
        for day in mail.label.dates:
            if day > mail.mail_date.date().isoformat():
                sys.exit(f"{mail.file}: date {day} after the mail")


def write_labels() -> None:
    lines = ["# Expected decision per mail; format in ../corpus/README.md. By make_blind.py.", ""]
    for mail in mc.MAILS:
        lab = mail.label
        lines += [
            "[[mail]]",
            f"file = {mc._toml_str(mail.file)}",
            f"categories = {mc._toml_list(lab.categories)}",
            f"confirmation = {'true' if 'confirmation' in lab.categories else 'false'}",
            f"patient = {lab.patient}",
            f"confirmed = {mc._toml_list(lab.confirmed)}",
            f"dates = {mc._toml_list(lab.dates)}",
            f"forms = {mc._toml_list(lab.forms)}",
            f"needs_staff = {'true' if lab.needs_staff else 'false'}",
        ]
        if lab.note:
            lines.append(f"note = {mc._toml_str(lab.note)}")
        lines.append("")
    (HERE / "labels.toml").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    check_labels()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    write_labels()
    print(f"{len(mc.MAILS)} mails")


if __name__ == "__main__":
    main()
