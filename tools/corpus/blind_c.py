"""Write blind corpus C: answers that look like confirmations but are not, and controls.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_c`.
Written without reading the rules or the labelled corpus mails. The practice (patients,
appointments, our sent mails) is tests/data/corpus/practice.toml; the envelopes, quoting
styles and our own mail texts come from the corpus helpers in make_corpus.py. Every mail
is from a registered patient; most answer our confirmation request or name the day of
one of their open appointments, so a careless reader would record a confirmation.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_c")

SALUTATIONS = {
    1: "Frau Krüger", 2: "Herr Becker", 3: "Frau Demir", 4: "Herr Wolff", 5: "Frau Schulz",
    6: "Herr Hoffmann", 7: "Frau Popescu", 8: "Herr Richter", 9: "Frau Neumann",
    10: "Herr Brandt", 11: "Frau Carter", 12: "Frau Yıldız", 13: "Herr Dr. Vogel",
    14: "Frau Lehmann", 15: "Herr Zimmermann", 16: "Frau Schäfer", 17: "Herr Jansen",
    18: "Frau Koch", 19: "Herr Nowak", 20: "Frau Hartmann", 21: "Frau Wagner",
    22: "Herr Aydın", 23: "Herr O'Neill", 24: "Frau Berger",
}  # fmt: skip


def load_practice() -> None:
    """Fill the corpus helpers' tables from practice.toml, then rebuild our sent mails."""
    data = mc.load_snapshot(lambda p: SALUTATIONS[p["id"]])
    ours = {o["message_id"] for o in data["outbox"]}
    rebuilt = {row.message_id for row in mc.OUTBOX.values()}
    assert rebuilt <= ours, sorted(rebuilt - ours)[:3]


load_practice()

CONFIRM = ("confirmation",)
OTHER = ("other",)
QUESTION = ("question",)
TECHNICAL = ("technical",)
RESCHEDULE = ("reschedule",)
CANCELLATION = ("cancellation",)


def no(categories: tuple[str, ...], patient: int, note: str) -> Label:
    """Not a confirmation: nothing may be recorded, a person must look."""
    return Label(categories, patient=patient, needs_staff=True, note=note)


def yes(patient: int, confirmed: tuple[int, ...], dates: tuple[str, ...], note: str = "") -> Label:
    """A clean confirmation (control): recorded, nobody needs to look."""
    return Label(CONFIRM, patient=patient, confirmed=confirmed, dates=dates, note=note)


# --- hypotheticals and conditionals ----------------------------------------------------

human(
    "bc01_falls_stattgefunden.eml", sender=1, client="gmail", date="2026-01-27 15:10",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 27.01.2026",
    reply_to="cr-1003", quote_style="gmail",
    body="""Hallo,

ich bin etwas verwirrt. Falls der Termin am 27.1. stattgefunden hat, dann ohne mich –
ich war heute Vormittag beim Zahnarzt und hatte den Termin ehrlich gesagt vergessen.
Das tut mir leid!

Viele Grüße
Sabine Krüger""",
    label=no(OTHER, 1, "conditional: 'falls ... stattgefunden hat, dann ohne mich' (forgot it)"),
)  # fmt: skip

human(
    "bc02_wenn_ich_bestaetigen_soll.eml", sender=2, client="thunderbird",
    date="2026-02-02 21:05",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 02.02.2026",
    reply_to="cr-1010", quote_style="thunderbird",
    body="""Guten Abend,

wenn ich das bestätigen soll, müsste der Anruf ja erst einmal gekommen sein. Mein
Telefon zeigt für heute keinen Anruf von Ihnen an, weder auf dem Handy noch auf dem
Festnetz.

T. Becker""",
    label=no(OTHER, 2, "'wenn ich das bestätigen soll' + no call on the asked day"),
)  # fmt: skip

human(
    "bc03_sollte_stattgefunden_haben.eml", sender=4, client="outlook",
    date="2026-01-16 17:40",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 16.01.2026",
    reply_to="cr-1028", quote_style="outlook_classic",
    body="""Sehr geehrte Damen und Herren,

sollte die Behandlung am 16.01. laut Ihren Unterlagen stattgefunden haben, so ist das ein
Irrtum. Ich saß von 13.45 bis 15 Uhr am Telefon, es hat nicht geklingelt.

Mit freundlichen Grüßen
Hans-Jürgen Wolff""",
    label=no(OTHER, 4, "'sollte ... stattgefunden haben, so ist das ein Irrtum'"),
)  # fmt: skip

human(
    "bc04_wuerde_gerne_bestaetigen.eml", sender=6, client="outlook", date="2026-05-04 09:20",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 04.05.2026",
    reply_to="cr-1040", quote_style="outlook",
    body="""Guten Morgen,

ich würde Ihnen gerne bestätigen, dass die Behandlung am 04.05. stattgefunden hat – kann
ich aber nicht. Der Therapeut ist nicht in die Sitzung gekommen, ich habe bis 8:10 Uhr im
Warteraum gewartet und dann zur Arbeit gemusst.

Gruß
Peter Hoffmann""",
    label=no(OTHER, 6, "'würde gerne bestätigen ... kann ich aber nicht': therapist never came"),
)  # fmt: skip

human(
    "bc05_if_marked_done.eml", sender=11, client="gmail", date="2026-08-03 14:02",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 03.08.2026",
    reply_to="cr-1069", quote_style="gmail_en",
    body="""Hi,

if the session on August 3 is marked as done on your side, that's a mistake - I couldn't
get the camera to work in Firefox and gave up after 20 minutes of trying.

Emily""",
    label=no(TECHNICAL, 11, "English hypothetical 'if ... marked as done, that's a mistake'"),
)  # fmt: skip

human(
    "bc06_hoffentlich_naechstes_mal.eml", sender=3, client="gmail", date="2026-03-04 10:40",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 04.03.2026",
    reply_to="cr-1019", quote_style="gmail",
    body="""Hallo,

heute am 4.3. ist leider gar keine Verbindung zustande gekommen, es stand immer nur
"Warten auf Teilnehmer". Hoffentlich klappt es am 11.3. besser!

LG Aylin""",
    label=no(TECHNICAL, 3, "wish about the next appointment; the asked one failed"),
)  # fmt: skip

human(
    "bc07_hoffentlich_klappt_donnerstag.eml", sender=9, client="plain",
    date="2026-07-08 18:30", subject="Anruf Donnerstag",
    body="""Liebes Praxisteam,

ich hoffe, dass das mit dem Anruf am Donnerstag, 9.7., diesmal klappt. Ich bin ab 8.30 Uhr
zu Hause und gehe erst um 11 Uhr einkaufen.

Herzliche Grüße
Gisela Neumann""",
    label=no(OTHER, 9, "wish about a future call; the open 7.7. is not mentioned"),
)  # fmt: skip

# --- reported speech --------------------------------------------------------------------

human(
    "bc08_tochter_meint.eml", sender=5, name="Karin Schulz", client="plain",
    date="2026-04-17 09:05",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 16.04.2026",
    reply_to="cr-1034", quote_style="gmail",
    body="""Guten Tag,

hier schreibt die Mutter von Marie. Meine Tochter meint, der Termin am 16.4. hätte
stattgefunden, ich weiß es aber nicht, ich war nicht zu Hause. Marie ist heute in der
Schule, sie meldet sich heute Abend selbst bei Ihnen.

Karin Schulz""",
    label=no(OTHER, 5, "reported speech, Konjunktiv; the writer does not know; patient will write"),
)  # fmt: skip

human(
    "bc09_frau_sagt_angerufen.eml", sender=4, client="tonline", date="2026-01-24 10:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 23.01.2026",
    reply_to="cr-1029", quote_style="tonline",
    body="""Guten Tag,

meine Frau sagt, Sie hätten am 23.1. angerufen, während ich beim Hausarzt war. Ich selbst
habe also keine Behandlung bekommen. Bitte melden Sie sich wegen eines Ersatztermins.

H.-J. Wolff""",
    label=no(RESCHEDULE, 4, "the call came while he was out; asks for a replacement"),
)  # fmt: skip

human(
    "bc10_sohn_sagt_krankenhaus.eml", sender=18, client="tonline", date="2026-03-27 11:15",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 25.03.2026",
    reply_to="cr-1110", quote_style="tonline",
    body="""Sehr geehrtes Praxisteam,

laut meinem Sohn hat die Physiotherapeutin am 25.3. bei mir angerufen, aber ich lag da
im Krankenhaus. Behandelt wurde ich also nicht. Ich bin seit gestern wieder zu Hause.

Renate Koch""",
    label=no(OTHER, 18, "reported: the call came, she was in hospital"),
)  # fmt: skip

# --- doubts -----------------------------------------------------------------------------

human(
    "bc11_nicht_sicher_welcher.eml", sender=21, client="webde", date="2026-01-29 20:15",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 26.01.2026",
    reply_to="cr-1126", quote_style="webde",
    body="""Hallo,

ich bin mir nicht sicher, ob der Termin am 26.1. war oder ob das schon der vom 19.1. war,
ich komme mit den Terminen durcheinander. Können Sie mal nachsehen, welche Termine bei
Ihnen als gehabt eingetragen sind?

Sophie Wagner""",
    label=no(QUESTION, 21, "doubt between two open appointments, asks us to check"),
)  # fmt: skip

human(
    "bc12_weiss_nicht_mehr.eml", sender=22, client="plain", date="2026-02-28 12:10",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 26.02.2026",
    reply_to="cr-1131", quote_style="gmail",
    body="""Hallo

ich weiß nicht mehr genau ob am 26.2. jemand von Ihnen angerufen hat, ich hatte an dem
Tag sehr viele Anrufe auf der Arbeit. Ich glaube eher nicht.

Mehmet Aydın""",
    label=no(OTHER, 22, "doubt, leaning to no"),
)  # fmt: skip

human(
    "bc13_keine_ahnung_ob_zaehlt.eml", sender=10, client="thunderbird",
    date="2026-07-10 18:20",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 10.07.2026",
    reply_to="cr-1064", quote_style="thunderbird",
    body="""Hi,

keine Ahnung, ob das heute als Termin zählt. Wir haben nur kurz über meine Schulter
geredet, dann musste Ihre Kollegin weg und meinte, wir machen es nächste Woche richtig.

Lukas""",
    label=no(OTHER, 10, "doubt whether a short talk counts as the treatment"),
)  # fmt: skip

# --- negations ----------------------------------------------------------------------------

human(
    "bc14_fand_leider_nicht_statt.eml", sender=1, client="webde", date="2026-02-03 13:20",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 03.02.2026",
    reply_to="cr-1004", quote_style="webde",
    body="""Hallo,

der Termin am 3.2. fand leider nicht statt. Ich war ab 9:55 Uhr im Warteraum, aber es ist
niemand gekommen.

Gruß Sabine Krüger""",
    label=no(OTHER, 1, "'fand leider nicht statt'"),
)  # fmt: skip

human(
    "bc15_nicht_so_richtig.eml", sender=2, client="iphone", date="2026-02-05 19:40",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 05.02.2026",
    reply_to="cr-1011", quote_style="iphone",
    body="""Hat nicht so richtig stattgefunden. Ihr Kollege hat nach zwei Minuten gesagt, er
müsse kurz weg und ruft gleich zurück, dann kam nichts mehr.

Von meinem iPhone gesendet""",
    label=no(OTHER, 2, "'hat nicht so richtig stattgefunden' (no date; the thread names 1011)"),
)  # fmt: skip

human(
    "bc16_kein_anruf_kam.eml", sender=15, client="plain", date="2026-10-05 13:05",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 05.10.2026",
    reply_to="cr-1093", quote_style="thunderbird",
    body="""Kein Anruf kam. Ich habe von 10.45 bis 12 Uhr neben dem Telefon gesessen.

Klaus Zimmermann""",
    label=no(OTHER, 15, "'Kein Anruf kam.' as the whole answer"),
)  # fmt: skip

human(
    "bc17_niemand_hat_angerufen.eml", sender=24, client="plain", date="2026-05-06 11:30",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 06.05.2026",
    reply_to="cr-1142", quote_style="thunderbird",
    body="""Niemand hat angerufen am 6.5. Bitte um Rückruf wegen einem neuen Termin.

U. Berger""",
    label=no(RESCHEDULE, 24, "'Niemand hat angerufen am 6.5.' + wants a new appointment"),
)  # fmt: skip

human(
    "bc18_vergeblich_gewartet.eml", sender=9, client="plain", date="2026-07-14 11:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 14.07.2026",
    reply_to="cr-1058", quote_style="thunderbird",
    body="""Guten Tag,

ich habe vergeblich gewartet. Am 14.7. um 9 Uhr hat das Telefon nicht geklingelt, auch
nicht später.

Gisela Neumann""",
    label=no(OTHER, 9, "'vergeblich gewartet'"),
)  # fmt: skip

human(
    "bc19_fehlanzeige.eml", sender=12, client="webde", date="2026-08-12 15:45",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 12.08.2026",
    reply_to="cr-1076", quote_style="webde",
    body="""Die Behandlung am 12.8. – Fehlanzeige. Ich war den ganzen Vormittag zu Hause, es kam
kein Anruf.

Fatma Yıldız""",
    label=no(OTHER, 12, "'Fehlanzeige'"),
)  # fmt: skip

human(
    "bc20_nope_didnt_happen.eml", sender=23, client="outlook", date="2026-04-22 08:10",
    subject="RE: Bitte bestätigen Sie Ihre Behandlung vom 21.04.2026",
    reply_to="cr-1137", quote_style="outlook_en",
    body="""nope, didn't happen. nobody called on Tuesday (21st). can we sort out a new slot?

James""",
    label=no(RESCHEDULE, 23, "English negation + new slot wanted"),
)  # fmt: skip

human(
    "bc21_leider_nein_quote.eml", sender=17, client="gmail", date="2026-10-22 12:30",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 22.10.2026",
    reply_to="cr-1104", quote_style="gmail",
    body="Leider nein.",
    label=no(OTHER, 17, "'Leider nein.' above our quoted request"),
)  # fmt: skip

human(
    "bc22_nein_quote_iphone.eml", sender=14, client="iphone", date="2026-09-15 16:02",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 15.09.2026",
    reply_to="cr-1088", quote_style="iphone",
    body="""Nein.

Von meinem iPhone gesendet""",
    label=no(OTHER, 14, "'Nein.' above our quoted request"),
)  # fmt: skip

human(
    "bc23_fragezeichen.eml", sender=19, client="plain", date="2026-11-06 10:15",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 06.11.2026",
    reply_to="cr-1116", quote_style="thunderbird",
    body="?",
    label=no(QUESTION, 19, "a lone '?' above our quoted request"),
)  # fmt: skip

human(
    "bc24_wer_sind_sie.eml", sender=20, client="webde", date="2026-11-03 19:30",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 03.11.2026",
    reply_to="cr-1120", quote_style="webde",
    body="Wer sind Sie?",
    label=no(QUESTION, 20, "'Wer sind Sie?' above our quoted request"),
)  # fmt: skip

human(
    "bc25_link_nicht_bekommen.eml", sender=7, client="yahoo", date="2026-06-02 13:10",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 02.06.2026",
    reply_to="cr-1046", quote_style="yahoo",
    body="""Nein, es hat nicht stattgefunden. Ich hatte den Link nicht bekommen (auch nicht im
Spam-Ordner).

Elena Popescu""",
    label=no(TECHNICAL, 7, "'Nein, es hat nicht stattgefunden' + link never arrived"),
)  # fmt: skip

human(
    "bc26_code_ungueltig.eml", sender=8, client="iphone", date="2026-06-03 19:45",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 03.06.2026",
    reply_to="cr-1051", quote_style="iphone",
    body="""Nein hat nicht geklappt, Code ungültig

Von meinem iPhone gesendet""",
    label=no(TECHNICAL, 8, "'hat nicht geklappt' (code invalid)"),
)  # fmt: skip

human(
    "bc27_bitte_nicht_abrechnen.eml", sender=13, client="outlook", date="2026-09-10 10:05",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 10.09.2026",
    reply_to="cr-1082", quote_style="outlook",
    body="""Sehr geehrte Damen und Herren,

die Behandlung vom 10.09. hat nicht stattgefunden, da ich kurzfristig in eine Operation
musste (ich hatte um 6:40 Uhr telefonisch abgesagt). Bitte nicht abrechnen.

Mit freundlichen Grüßen
Dr. med. Michael Vogel
Vogel & Partner · Chirurgische Gemeinschaftspraxis
Tel. 0211 4455 660""",
    label=no(CANCELLATION, 13, "late cancellation by phone; 'bitte nicht abrechnen'"),
)  # fmt: skip

human(
    "bc28_bestaetige_nicht.eml", sender="b.schaefer@schaefer-steuerberatung.de",
    name="Birgit Schäfer", client="outlook", date="2026-10-08 08:15",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 07.10.2026",
    reply_to="cr-1098", quote_style="outlook",
    body="""Guten Morgen,

ich bestätige Ihnen hiermit, dass die Behandlung am 07.10. NICHT stattgefunden hat. Der
Videoraum blieb leer.

Birgit Schäfer
Steuerberatung Schäfer""",
    label=no(OTHER, 16, "'ich bestätige ..., dass ... NICHT stattgefunden hat' (second address)"),
)  # fmt: skip

human(
    "bc29_kann_nicht_bestaetigen.eml", sender=15, client="plain", date="2026-10-12 14:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 12.10.2026",
    reply_to="cr-1094", quote_style="thunderbird",
    body="""Bestätigen kann ich das nicht, es hat keiner angerufen.

K. Zimmermann""",
    label=no(OTHER, 15, "'Bestätigen kann ich das nicht'"),
)  # fmt: skip

human(
    "bc30_zweite_mal_nicht.eml", sender=22, client="outlook", date="2026-03-05 15:20",
    subject="Termin 5.3.",
    body="""Hallo,

am 5.3. wurde ich nicht angerufen. Das war jetzt schon das zweite Mal, dass ich umsonst
gewartet habe.

Mehmet Aydın""",
    label=no(OTHER, 22, "not a reply; names the open day in a negation"),
)  # fmt: skip

# --- partial sessions -----------------------------------------------------------------------

human(
    "bc31_nach_5_minuten_abgebrochen.eml", sender=3, client="gmail", date="2026-03-18 11:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 18.03.2026",
    reply_to="cr-1021", quote_style="gmail",
    body="""Hallo,

wir haben nach 5 Minuten abgebrochen, weil das Bild immer eingefroren ist. Zählt das
trotzdem?

Aylin""",
    label=no(("technical", "question"), 3, "partial session, asks whether it counts"),
)  # fmt: skip

human(
    "bc32_versicherung_nicht_voll.eml", sender=6, client="outlook", date="2026-05-11 10:30",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 11.05.2026",
    reply_to="cr-1041", quote_style="outlook",
    body="""Hallo,

die Sitzung am 11.5. wurde nach ca. 10 Minuten wegen Verbindungsproblemen abgebrochen.
Bitte klären Sie, ob das so abgerechnet werden kann – ich möchte nicht, dass meine
Versicherung eine volle Behandlung bezahlt.

P. Hoffmann""",
    label=no(TECHNICAL, 6, "session broken off after 10 minutes; billing doubt"),
)  # fmt: skip

human(
    "bc33_only_five_minutes.eml", sender=11, client="gmail", date="2026-08-10 15:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 10.08.2026",
    reply_to="cr-1070", quote_style="gmail_en",
    body="""Hello,

we only got about 5 minutes in before the call dropped on August 10 and we couldn't
reconnect. So I wouldn't really call that a session.

Best,
Emily Carter""",
    label=no(TECHNICAL, 11, "English: dropped after 5 minutes, 'wouldn't call that a session'"),
)  # fmt: skip

# --- wrong person ---------------------------------------------------------------------------

human(
    "bc34_mann_am_apparat.eml", sender=9, client="plain", date="2026-07-16 12:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 16.07.2026",
    reply_to="cr-1059", quote_style="thunderbird",
    body="""Guten Tag,

Sie haben am 16.7. angerufen, aber mein Mann war am Apparat und hat gesagt, ich sei beim
Arzt. Eine Behandlung hatte ich an dem Tag also nicht.

Gisela Neumann""",
    label=no(OTHER, 9, "the call came, the husband answered; no treatment"),
)  # fmt: skip

human(
    "bc35_mein_mann_nicht_ich.eml", sender=24, client="plain", date="2026-05-13 12:40",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 13.05.2026",
    reply_to="cr-1143", quote_style="gmail",
    body="""Die Behandlung am 13.5. hatte mein Mann, nicht ich. Da haben Sie wohl etwas
verwechselt, bei mir hat heute niemand angerufen.

Ursula Berger""",
    label=no(OTHER, 24, "wrong person: her husband was treated, not her"),
)  # fmt: skip

# --- questions without a question mark --------------------------------------------------------

human(
    "bc36_wollte_fragen_ob.eml", sender=1, client="plain", date="2026-02-12 08:50",
    subject="Frage zum Termin",
    body="""Hallo,

ich wollte fragen ob der Termin am 10.2. stattgefunden hat bzw. ob der bei Ihnen als
erledigt eingetragen ist. Ich war mir unsicher weil die Verbindung so schlecht war

Sabine Krüger""",
    label=no(QUESTION, 1, "question without question mark about an open day"),
)  # fmt: skip

human(
    "bc37_eingetragen_obwohl_abgesagt.eml", sender=4, client="tonline",
    date="2026-01-31 09:30",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 30.01.2026",
    reply_to="cr-1030", quote_style="tonline",
    body="""Wollte nur wissen ob Sie das mit dem 30.1. schon eingetragen haben weil ich doch am
Mittwoch telefonisch abgesagt hatte

Wolff""",
    label=no(QUESTION, 4, "asks whether 30.1. is booked although he cancelled by phone"),
)  # fmt: skip

human(
    "bc38_nachholen.eml", sender=10, client="thunderbird", date="2026-07-18 10:00",
    subject="Termin 17.7.",
    body="""Hallo,

bitte um Info ob wir den Termin vom 17.7. nachholen können, ich konnte an dem Tag wegen
der Arbeit nicht

Lukas Brandt""",
    label=no(RESCHEDULE, 10, "missed 17.7., wants to make it up"),
)  # fmt: skip

# --- future tense ------------------------------------------------------------------------------

human(
    "bc39_teilnehmen_werde.eml", sender=2, client="thunderbird", date="2026-02-08 19:00",
    subject="Re: Erinnerung: Ihr Termin am 09.02.2026",
    reply_to="rem-1012", quote_style="thunderbird",
    body="""Hallo,

ich bestätige, dass ich am 9.2. teilnehmen werde.

T. Becker""",
    label=no(OTHER, 2, "attendance of a future appointment"),
)  # fmt: skip

human(
    "bc40_bestaetige_termin_morgen.eml", sender=3, client="gmail", date="2026-03-24 12:00",
    subject="Re: Erinnerung: Ihr Termin am 25.03.2026",
    reply_to="rem-1022", quote_style="gmail",
    body="""Hiermit bestätige ich den Termin am 25.03.2026 um 8:30 Uhr.

Aylin Demir""",
    label=no(OTHER, 3, "booking confirmation for tomorrow"),
)  # fmt: skip

human(
    "bc41_ill_be_there.eml", sender=11, client="gmail", date="2026-08-23 18:00",
    subject="Re: Erinnerung: Ihr Termin am 24.08.2026",
    reply_to="rem-1072", quote_style="gmail_en",
    body="Confirming I'll be there on the 24th. Thanks!",
    label=no(OTHER, 11, "English future attendance"),
)  # fmt: skip

human(
    "bc42_beide_termine_heute.eml", sender=6, client="outlook", date="2026-05-18 06:10",
    subject="Termine heute",
    body="""Guten Morgen,

ich bestätige hiermit beide Termine heute (7:30 KGG und 12:30 MT). Ich bin um 12:30 ggf.
ein paar Minuten später, weil ich aus einem Meeting komme.

P. Hoffmann""",
    label=no(OTHER, 6, "written before both appointments of the day"),
)  # fmt: skip

# --- confirmations of something else ------------------------------------------------------------

human(
    "bc43_erhalt_rechnung.eml", sender=13, client="outlook", date="2026-09-21 09:10",
    subject="Ihre Rechnung",
    body="""Sehr geehrte Damen und Herren,

ich bestätige den Erhalt der Rechnung vom 17.09.2026 und werde sie diese Woche
überweisen.

Mit freundlichen Grüßen
Dr. Michael Vogel""",
    label=no(OTHER, 13, "confirms receipt of an invoice dated on an open appointment day"),
)  # fmt: skip

human(
    "bc44_terminverschiebung.eml", sender=1, client="webde", date="2026-02-25 08:30",
    subject="Terminverschiebung",
    body="""Hallo,

hiermit bestätige ich die Terminverschiebung vom 24.2. auf den 26.2. um 10 Uhr, wie mit
Ihrer Kollegin am Telefon besprochen.

Gruß Sabine Krüger""",
    label=no(RESCHEDULE, 1, "confirms moving the open 24.2. appointment; nothing took place"),
)  # fmt: skip

human(
    "bc45_eingang_ihrer_mail.eml", sender=21, client="webde", date="2026-02-10 07:45",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 09.02.2026",
    reply_to="cr-1128", quote_style="webde",
    body="""Guten Morgen,

ich bestätige den Eingang Ihrer Mail vom 9.2. Ich melde mich dazu, sobald ich mit meinem
Arzt gesprochen habe.

Sophie Wagner""",
    label=no(OTHER, 21, "confirms receiving our mail of 9.2.; defers the answer"),
)  # fmt: skip

human(
    "bc46_datenschutz_erhalten.eml", sender=14, client="plain", date="2026-09-23 08:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 22.09.2026",
    reply_to="cr-1089", quote_style="thunderbird",
    body="""Hallo,

ich bestätige, dass ich die Datenschutzinformation erhalten habe. Zur Behandlung am 22.9.
melde ich mich noch gesondert, da muss ich erst in meinen Kalender schauen.

Anna Lehmann""",
    label=no(OTHER, 14, "confirms a document; the treatment answer is deferred"),
)  # fmt: skip

human(
    "bc47_verordnung_abgeholt.eml", sender=12, client="webde", date="2026-08-26 16:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 26.08.2026",
    reply_to="cr-1078", quote_style="webde",
    body="""Hallo,

ich habe am 26.8. die neue Verordnung beim Arzt abgeholt und schicke sie Ihnen morgen.
Die Behandlung selbst war an dem Tag nicht, ich war ja um halb elf beim Arzt.

Fatma Yıldız""",
    label=no(OTHER, 12, "day of a prescription pickup; the treatment did not take place"),
)  # fmt: skip

# --- sarcasm and complaints ---------------------------------------------------------------------

human(
    "bc48_super_stattgefunden.eml", sender=2, client="thunderbird", date="2026-02-12 19:30",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 12.02.2026",
    reply_to="cr-1013", quote_style="thunderbird",
    body="""Toll, der Termin am 12.2. hat ja super stattgefunden – ohne Therapeut. Ich habe
30 Minuten auf Ihren Anruf gewartet.

Becker""",
    label=no(OTHER, 2, "sarcasm: 'hat ja super stattgefunden – ohne Therapeut'"),
)  # fmt: skip

human(
    "bc49_stattgefunden_in_anfuehrung.eml", sender=8, client="iphone",
    date="2026-06-10 20:05",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 10.06.2026",
    reply_to="cr-1052", quote_style="iphone",
    body="""Ja klar, hat \u201estattgefunden\u201c \u2013 ich saß 20 Minuten allein im Videoraum. Danke für
nichts.

Von meinem iPhone gesendet""",
    label=no(OTHER, 8, "sarcastic 'Ja klar, hat „stattgefunden“'"),
)  # fmt: skip

human(
    "bc50_went_brilliantly.eml", sender=23, client="outlook", date="2026-04-29 07:50",
    subject="RE: Bitte bestätigen Sie Ihre Behandlung vom 28.04.2026",
    reply_to="cr-1138", quote_style="outlook_en",
    body="""Oh sure, the session on 28 April went brilliantly - I spent half an hour staring at
my phone waiting for your call.

J. O'Neill""",
    label=no(OTHER, 23, "English sarcasm"),
)  # fmt: skip

# --- short non-answers above our quoted request -------------------------------------------------

human(
    "bc51_leider_nein_outlook.eml", sender=15, client="outlook", date="2026-10-19 13:15",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 19.10.2026",
    reply_to="cr-1095", quote_style="outlook_classic",
    body="leider nein",
    label=no(OTHER, 15, "'leider nein' above an Outlook quote"),
)  # fmt: skip

human(
    "bc52_bitte_anrufen.eml", sender=13, client="outlook", date="2026-09-24 09:00",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 24.09.2026",
    reply_to="cr-1084", quote_style="outlook",
    body="""Bitte rufen Sie mich an.

Dr. M. Vogel
Mobil 0171 2233445""",
    label=no(QUESTION, 13, "asks for a call, confirms nothing"),
)  # fmt: skip

human(
    "bc53_telefonisch_gesagt_krank.eml", sender=20, client="samsung",
    date="2026-11-10 19:20",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 10.11.2026",
    reply_to="cr-1121", quote_style="samsung",
    body="""Habe ich Ihnen doch heute früh schon telefonisch gesagt: ich bin krank.

Von meinem Samsung Galaxy Smartphone gesendet.""",
    label=no(CANCELLATION, 20, "was ill, had cancelled by phone"),
)  # fmt: skip

human(
    "bc54_bottom_verhindert.eml", sender=19, client="thunderbird", date="2026-11-13 10:30",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 13.11.2026",
    reply_to="cr-1117", quote_style="thunderbird", bottom_post=True,
    body="""Nein, ich war verhindert, sorry. Ich hätte absagen sollen.

David""",
    label=no(CANCELLATION, 19, "bottom-posted no-show below our quoted request"),
)  # fmt: skip

# --- more negations and tricky wording ----------------------------------------------------------

human(
    "bc55_keine_behandlung_raum_leer.eml", sender=21, client="webde",
    date="2026-02-16 11:40",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 16.02.2026",
    reply_to="cr-1129", quote_style="webde",
    body="""Heute hatte ich keine Behandlung, der Raum blieb leer.

Sophie Wagner""",
    label=no(OTHER, 21, "'keine Behandlung' today"),
)  # fmt: skip

human(
    "bc56_stattgefunden_hat_nichts.eml", sender=4, client="tonline", date="2026-02-06 16:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 06.02.2026",
    reply_to="cr-1031", quote_style="tonline",
    body="""Stattgefunden hat heute nichts, ich war nicht zu Hause. Können wir das nachholen?

Wolff""",
    label=no(RESCHEDULE, 4, "verb-first 'Stattgefunden hat heute nichts'"),
)  # fmt: skip

human(
    "bc57_21_nichts_22_angerufen.eml", sender=9, client="plain", date="2026-07-22 17:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 21.07.2026",
    reply_to="cr-1060", quote_style="thunderbird",
    body="""Am 21.7. war nichts. Dafür hat die Therapeutin heute am 22.7. angerufen, aber da
hatte ich keine Zeit, ich war gerade beim Einkaufen.

Gisela Neumann""",
    label=no(OTHER, 9, "neither day had a treatment"),
)  # fmt: skip

human(
    "bc58_wenn_sie_mir_sagen.eml", sender=12, client="webde", date="2026-09-02 13:30",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 02.09.2026",
    reply_to="cr-1079", quote_style="webde",
    body="""Wenn Sie mir sagen, um wieviel Uhr der Anruf genau war, kann ich es bestätigen. Ich
habe in meiner Anrufliste nichts von Ihnen.

Fatma Yıldız""",
    label=no(QUESTION, 12, "conditional on our answer; no call in her list"),
)  # fmt: skip

human(
    "bc59_bestaetigung_folgt.eml", sender=14, client="plain", date="2026-09-29 16:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 29.09.2026",
    reply_to="cr-1090", quote_style="thunderbird",
    body="""Bestätigung für den 29.9. folgt, sobald ich mit meiner Krankenkasse gesprochen habe.

Anna Lehmann""",
    label=no(OTHER, 14, "'Bestätigung folgt' – not yet given"),
)  # fmt: skip

human(
    "bc60_noch_nicht.eml", sender=18, client="tonline", date="2026-03-30 16:45",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 30.03.2026",
    reply_to="cr-1111", quote_style="tonline",
    body="""Hat noch nicht stattgefunden, die Therapeutin hat vorhin angerufen und gesagt, sie
ruft in einer halben Stunde wieder an. Ich warte noch.

R. Koch""",
    label=no(OTHER, 18, "'noch nicht' – still waiting"),
)  # fmt: skip

human(
    "bc61_verschlafen.eml", sender=8, client="iphone", date="2026-06-17 21:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 17.06.2026",
    reply_to="cr-1053", quote_style="iphone",
    body="""Kann ich leider nicht bestätigen, weil ich den Termin am 17.6. verpasst habe, war im
Stau. Sorry!

Von meinem iPhone gesendet""",
    label=no(OTHER, 8, "'kann ich leider nicht bestätigen' – missed it"),
)  # fmt: skip

human(
    "bc62_happily_confirm_if.eml", sender=11, client="gmail", date="2026-08-17 14:30",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 17.08.2026",
    reply_to="cr-1071", quote_style="gmail_en",
    body="""I'd happily confirm the 17th if it had actually happened, but the therapist never
showed up in the room.

Emily""",
    label=no(OTHER, 11, "English counterfactual"),
)  # fmt: skip

human(
    "bc63_confirm_later.eml", sender=23, client="outlook", date="2026-05-06 08:30",
    subject="RE: Bitte bestätigen Sie Ihre Behandlung vom 05.05.2026",
    reply_to="cr-1139", quote_style="outlook_en",
    body="""Would it be OK if I confirmed the May 5 session later this week? I need to check with
my wife whether the call came while I was out.

James""",
    label=no(QUESTION, 23, "defers, does not know whether the call came"),
)  # fmt: skip

human(
    "bc64_eigentlich_sollte.eml", sender=10, client="thunderbird", date="2026-07-24 18:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 24.07.2026",
    reply_to="cr-1066", quote_style="thunderbird",
    body="""Eigentlich sollte die Behandlung am 24.7. stattfinden, aber Ihre Therapeutin hat um
15 Uhr angerufen und abgesagt, weil sie krank ist. Das wissen Sie doch?

Lukas Brandt""",
    label=no(("cancellation", "question"), 10, "the practice cancelled it"),
)  # fmt: skip

human(
    "bc65_gar_keinen_termin.eml", sender=7, client="yahoo", date="2026-06-09 14:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 09.06.2026",
    reply_to="cr-1047", quote_style="yahoo",
    body="""Hallo,

ich habe Ihre Mail bekommen, dass ich die Behandlung vom 9.6. bestätigen soll. Ich hatte
aber am 9.6. gar keinen Termin, ich dachte mein zweiter Termin ist erst am 16.6.

Elena Popescu""",
    label=no(OTHER, 7, "did not know of the appointment; nothing took place"),
)  # fmt: skip

human(
    "bc66_bitte_bestaetigen_sie_mir.eml", sender=2, client="thunderbird",
    date="2026-02-24 09:00", subject="Bestätigung für Versicherung",
    body="""Guten Tag,

bitte bestätigen Sie mir schriftlich, dass die Behandlung am 23.2. stattgefunden hat, ich
brauche das für meine private Krankenversicherung.

Thomas Becker""",
    label=no(QUESTION, 2, "asks US to confirm a treatment (certificate request)"),
)  # fmt: skip

human(
    "bc67_3_ja_10_nein.eml", sender=1, client="gmail", date="2026-02-17 14:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 17.02.2026",
    reply_to="cr-1006", quote_style="gmail",
    body="""Hallo,

die Behandlung am 17.2. hat stattgefunden, die am 10.2. aber nicht – da kam gar keine
Verbindung zustande.

Viele Grüße
Sabine Krüger""",
    label=Label(
        CONFIRM, patient=1, confirmed=(1006,), dates=("2026-02-17",), needs_staff=True,
        note="mixed: 17.2. confirmed, 10.2. did not take place (staff must look)",
    ),
)  # fmt: skip

human(
    "bc68_16_ja_19_nein.eml", sender=2, client="iphone", date="2026-02-19 20:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 19.02.2026",
    reply_to="cr-1015", quote_style="iphone",
    body="""16.2. ja, 19.2. nein (kein Anruf).

Von meinem iPhone gesendet""",
    label=Label(
        CONFIRM, patient=2, confirmed=(1014,), dates=("2026-02-16",), needs_staff=True,
        note="mixed: the asked-for 19.2. did not happen, the earlier 16.2. did",
    ),
)  # fmt: skip

# --- clean confirmations (controls) --------------------------------------------------------------

human(
    "bc69_c_hat_stattgefunden.eml", sender=1, client="gmail", date="2026-01-27 12:05",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 27.01.2026",
    reply_to="cr-1003", quote_style="gmail",
    body="""Hallo,

die Behandlung am 27.1. hat stattgefunden.

Viele Grüße
Sabine Krüger""",
    label=yes(1, (1003,), ("2026-01-27",)),
)  # fmt: skip

human(
    "bc70_c_bestaetige_vom.eml", sender=2, client="thunderbird", date="2026-02-13 08:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 12.02.2026",
    reply_to="cr-1013", quote_style="thunderbird",
    body="""Bestätige die Behandlung vom 12.02.2026.

Gruß T. Becker""",
    label=yes(2, (1013,), ("2026-02-12",)),
)  # fmt: skip

human(
    "bc71_c_videotermin_no_reply.eml", sender=3, client="gmail", date="2026-03-25 10:20",
    subject="Bestätigung",
    body="""Hallo,

hiermit bestätige ich, dass mein Videotermin am 25.03. stattgefunden hat.

LG Aylin Demir""",
    label=yes(3, (1022,), ("2026-03-25",), "no thread, day named"),
)  # fmt: skip

human(
    "bc72_c_telefonisch_tonline.eml", sender=4, client="tonline", date="2026-02-13 16:10",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 13.02.2026",
    reply_to="cr-1032", quote_style="tonline",
    body="""Sehr geehrte Damen und Herren,

die telefonische Behandlung am 13.02.2026 hat stattgefunden.

Mit freundlichen Grüßen
H.-J. Wolff
Tel. 030 8877 6655""",
    label=yes(4, (1032,), ("2026-02-13",)),
)  # fmt: skip

human(
    "bc73_c_english.eml", sender=11, client="gmail", date="2026-08-31 16:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 31.08.2026",
    reply_to="cr-1073", quote_style="gmail_en",
    body="""Hi,

confirming my session on 31 August took place. Thanks!

Emily""",
    label=yes(11, (1073,), ("2026-08-31",)),
)  # fmt: skip

human(
    "bc74_c_ja_9_9.eml", sender=12, client="webde", date="2026-09-09 12:40",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 09.09.2026",
    reply_to="cr-1080", quote_style="webde",
    body="""Ja, Behandlung am 9.9. hat stattgefunden.

Fatma Yıldız""",
    label=yes(12, (1080,), ("2026-09-09",)),
)  # fmt: skip

human(
    "bc75_c_vogel_outlook.eml", sender=13, client="outlook", date="2026-10-01 09:15",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 01.10.2026",
    reply_to="cr-1085", quote_style="outlook",
    body="""Sehr geehrte Damen und Herren,

die Behandlung am 01.10.2026 hat stattgefunden.

Mit freundlichen Grüßen
Dr. med. Michael Vogel
Vogel & Partner · Chirurgische Gemeinschaftspraxis
Königsallee 12 · 40212 Düsseldorf · Tel. 0211 4455 660""",
    label=yes(13, (1085,), ("2026-10-01",)),
)  # fmt: skip

human(
    "bc76_c_anruf_puenktlich.eml", sender=15, client="plain", date="2026-11-02 14:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 02.11.2026",
    reply_to="cr-1097", quote_style="thunderbird",
    body="""Ja, der Anruf am 2.11. war pünktlich und die Behandlung hat stattgefunden. Alles gut.

Klaus Zimmermann""",
    label=yes(15, (1097,), ("2026-11-02",)),
)  # fmt: skip

human(
    "bc77_c_fand_statt_gmx.eml", sender=16, client="plain", date="2026-10-15 07:30",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 14.10.2026",
    reply_to="cr-1099", quote_style="gmail",
    body="""Hallo,

die Behandlung vom 14.10. fand statt.

LG Birgit""",
    label=yes(16, (1099,), ("2026-10-14",)),
)  # fmt: skip

human(
    "bc78_c_two_days.eml", sender=18, client="tonline", date="2026-04-14 10:00",
    subject="Meine Behandlungen",
    body="""Guten Tag,

die Behandlungen am 8.4. und am 13.4. haben beide stattgefunden.

Mit freundlichen Grüßen
Renate Koch""",
    label=yes(18, (1113, 1114), ("2026-04-08", "2026-04-13"), "two days, no thread"),
)  # fmt: skip

human(
    "bc79_c_iphone_kurz.eml", sender=24, client="iphone", date="2026-05-20 10:50",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 20.05.2026",
    reply_to="cr-1144", quote_style="iphone",
    body="""Ja hat stattgefunden am 20.5.

Von meinem iPhone gesendet""",
    label=yes(24, (1144,), ("2026-05-20",)),
)  # fmt: skip

human(
    "bc80_c_samsung.eml", sender=20, client="samsung", date="2026-11-17 19:10",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 17.11.2026",
    reply_to="cr-1122", quote_style="samsung",
    body="""Guten Abend, ich bestätige die Behandlung am 17.11.2026.
Viele Grüße, Leonie Hartmann

Von meinem Samsung Galaxy Smartphone gesendet.""",
    label=yes(20, (1122,), ("2026-11-17",)),
)  # fmt: skip

human(
    "bc81_c_ja_am_12_3.eml", sender=22, client="outlook", date="2026-03-12 14:30",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 12.03.2026",
    reply_to="cr-1133", quote_style="outlook",
    body="""Ja am 12.3 war Behandlung, danke

Mehmet""",
    label=yes(22, (1133,), ("2026-03-12",)),
)  # fmt: skip

human(
    "bc82_c_videobehandlung.eml", sender=14, client="plain", date="2026-10-06 15:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 06.10.2026",
    reply_to="cr-1091", quote_style="thunderbird",
    body="""Die Videobehandlung am 6.10. hat stattgefunden, danke!

Anna Lehmann""",
    label=yes(14, (1091,), ("2026-10-06",)),
)  # fmt: skip

human(
    "bc83_c_thread_only.eml", sender=17, client="gmail", date="2026-11-05 12:00",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 05.11.2026",
    reply_to="cr-1106", quote_style="gmail",
    body="""Ja, hat stattgefunden. Danke!

Ole""",
    label=yes(17, (1106,), (), "no day named: the reply to our request names one appointment"),
)  # fmt: skip

# --- two more 'yes, but' answers ------------------------------------------------------------------

human(
    "bc84_ja_mail_bekommen_aber.eml", sender=7, client="yahoo", date="2026-06-16 13:30",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 16.06.2026",
    reply_to="cr-1048", quote_style="yahoo",
    body="""Ja, Ihre Mail habe ich bekommen. Die Behandlung am 16.6. war aber nicht, Ihre
Therapeutin hat mir um 10:50 geschrieben, dass sie krank ist.

Elena Popescu""",
    label=no(OTHER, 7, "'Ja' acknowledges our mail; the treatment did not take place"),
)  # fmt: skip

human(
    "bc85_vorgespraech_oder_behandlung.eml", sender=20, client="webde",
    date="2026-11-24 19:40",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 24.11.2026",
    reply_to="cr-1123", quote_style="webde",
    body="""Hallo,

ich bin mir nicht ganz sicher, ob die halbe Stunde heute am 24.11. schon die Behandlung war
oder nur ein Vorgespräch. Wir haben eigentlich nur geredet und keine Übungen gemacht.

Leonie Hartmann""",
    label=no(OTHER, 20, "doubt whether the session was the treatment"),
)  # fmt: skip


def write_labels() -> None:
    lines = [
        "# Expected decision per mail; format in ../corpus/README.md. Made by make_blind.py.",
        "",
    ]
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
    mc.check_labels()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    write_labels()
    print(f"{len(mc.MAILS)} mails")


if __name__ == "__main__":
    main()
