"""Blind set IZ: one ordinary March 2026 inbox of the practice, 41 patient mails.

32 confirmations of the March appointments of Sabine Krüger, Thomas Becker, Aylin Demir,
Renate Koch and Mehmet Aydın (replies under our request on the day, days or weeks later,
new mails naming one, two or four days, a husband, a daughter and a son writing from the
patient's address, English and learners' German, a question, wish or cancellation beside
some yeses) and 9 look-alikes (a cancellation, a move asked in a reply to a reminder, a
session nobody joined, a video problem, two prescription questions, a session cut short, a
thank-you without a yes, an acknowledgement of a reminder).

Labels say what a careful practice employee would record: `confirmed` only for the
patient's own scheduled, not yet confirmed appointments plainly confirmed as held in full;
`dates` the days the sender names (also by "heute", "gestern" or a weekday) as days a
session took place; `needs_staff` when someone has to look or act.

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
)
from tools.corpus.blind_kit import (
    yes as _yes,
)

HERE = data_dir("blind_iz")

_N = [0]


def _file(what: str) -> str:
    _N[0] += 1
    return f"iz{_N[0]:02d}_{what}.eml"


def yes(what, *args, **kwargs):
    _yes(_file(what), *args, **kwargs)


def nope(what, *args, **kwargs):
    no(_file(what), *args, **kwargs)


def first_week() -> None:
    yes("becker_ja", 2, (1018,), (), "2026-03-02 19:14", request_subject(1018),
        "Ja, bestätigt.\n\nGruß\nT. Becker", client="thunderbird", reply="cr-1018",
        style="thunderbird")  # fmt: skip
    yes("becker_english", 2, (1018,), (), "2026-03-03 07:55", request_subject(1018, "Re"),
        "Hi, yes - confirmed. Sorry for the English, I'm on a business trip and my phone "
        "is set to English.\n\nBest,\nThomas\n\nSent from my iPhone", client="iphone",
        reply="cr-1018", style="iphone")  # fmt: skip
    nope("becker_cut_short", 2, ("question",), "2026-03-03 09:31", request_subject(1018),
         "Guten Morgen,\n\ndie Behandlung gestern Abend hat zwar angefangen, aber nach gut "
         "zehn Minuten ist das Gespräch abgebrochen und ich kam danach nicht mehr durch "
         "(Funkloch im Zug, mein Fehler). Ich möchte deshalb nicht einfach bestätigen. "
         "Wie wird das abgerechnet?\n\nMit freundlichen Grüßen\nThomas Becker",
         client="outlook", reply="cr-1018", style="outlook_classic",
         dates=("2026-03-02",), note="session cut short: held only partly")  # fmt: skip
    yes("krueger_heute", 1, (1008,), ("2026-03-03",), "2026-03-03 12:05", request_subject(1008),
        "Hallo,\nja, die Behandlung heute um 10 Uhr hat stattgefunden.\nViele Grüße\n"
        "Sabine Krüger", client="webde", reply="cr-1008", style="webde")  # fmt: skip
    yes("krueger_handtuch", 1, (1008,), ("2026-03-03",), "2026-03-04 08:30",
        "Rückmeldung Videotermin",
        "Guten Morgen,\n\nkurze Rückmeldung: der Videotermin gestern hat stattgefunden, "
        "danke schön.\nDie Übung mit dem Handtuch macht mir im Nacken allerdings noch "
        "Probleme, soll ich die bis nächste Woche lieber weglassen?\n\nViele Grüße\n"
        "Sabine Krüger", client="webde", extra=("question",), staff=True)  # fmt: skip
    yes("demir_english", 3, (1019,), ("2026-03-04",), "2026-03-04 10:41",
        request_subject(1019, "Re"),
        "Yes, confirmed, this morning's session took place. Thanks!\n\nAylin",
        client="gmail", reply="cr-1019", style="gmail_en")  # fmt: skip
    nope("krueger_rezept", 1, ("question",), "2026-03-04 16:20", "Folgerezept",
         "Sehr geehrte Damen und Herren,\n\nmein Rezept ist mit dem Termin am 10.3. "
         "aufgebraucht. Mein Hausarzt fragt, ob er das Folgerezept direkt an Sie schicken "
         "kann oder ob ich es einscannen und per Mail senden soll? Und muss da wieder "
         "\"Telemedizin\" draufstehen?\n\nMit freundlichen Grüßen\nSabine Krüger",
         client="webde")  # fmt: skip
    nope("becker_rezept_privat", 2, ("question",), "2026-03-04 21:02", "Rechnung / Verordnung",
         "Hallo zusammen,\n\nmeine private Kasse möchte zur Rechnung eine ärztliche "
         "Verordnung sehen. Haben Sie die Verordnung von Dr. Lang vorliegen oder soll ich "
         "die noch nachreichen?\n\nDanke und Gruß\nThomas Becker",
         client="thunderbird")  # fmt: skip
    yes("aydin_heute", 22, (1132,), ("2026-03-05",), "2026-03-05 15:20", request_subject(1132),
        "Hallo, ja ich bestätige termin heute telefon war gut. Danke\n\nMehmet Aydın",
        client="samsung", reply="cr-1132", style="samsung")  # fmt: skip
    yes("aydin_naechster_tag", 22, (1132,), ("2026-03-05",), "2026-03-06 09:40",
        request_subject(1132),
        "Hallo ja, hat stattgefunden am 05.03.\nLG", client="outlook", reply="cr-1132",
        style="outlook")  # fmt: skip


def second_week() -> None:
    nope("krueger_kamera", 1, ("technical",), "2026-03-09 18:00", video_link_subject(1009),
         "Hallo,\n\nwenn ich den Link öffne, kommt nur \"Kamera nicht gefunden\". Am Laptop "
         "ging es letzte Woche noch. Was kann ich tun, damit es morgen klappt?\n\n"
         "Gruß Sabine Krüger", client="webde", reply="vl-1009",
         style="webde")  # fmt: skip
    yes("krueger_bestaetigt", 1, (1009,), (), "2026-03-10 11:52", request_subject(1009),
        "Bestätigt.\nS. Krüger", client="webde", reply="cr-1009")  # fmt: skip
    yes("krueger_donnerstag", 1, (1009,), (), "2026-03-10 13:40", request_subject(1009),
        "Ja, hat stattgefunden.\n\nKönnten wir die nächsten Termine eventuell auf "
        "Donnerstag legen? Dienstags wird es bei mir ab April schwierig.\n\nLG Sabine",
        client="webde", reply="cr-1009", style="webde", extra=("reschedule",),
        staff=True)  # fmt: skip
    yes("krueger_ehemann", 1, (1009,), ("2026-03-10",), "2026-03-10 14:05",
        request_subject(1009),
        "Hallo,\n\nmeine Frau ist gerade unterwegs und bat mich, kurz zu antworten: ja, "
        "die Behandlung heute hat stattgefunden.\n\nBernd Krüger", name="Bernd Krüger",
        client="apple", reply="cr-1009", style="iphone")  # fmt: skip
    yes("krueger_beide", 1, (1008, 1009), ("2026-03-03", "2026-03-10"), "2026-03-10 19:30",
        "Bestätigung Termine März",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die beiden Videotermine "
        "am 3. und 10. März, jeweils 10 Uhr.\n\nMit freundlichen Grüßen\nSabine Krüger",
        client="webde")  # fmt: skip
    yes("demir_daumen", 3, (1020,), (), "2026-03-11 10:12", request_subject(1020),
        "Ja 👍\n\nVon meinem iPhone gesendet", client="iphone", reply="cr-1020",
        style="iphone")  # fmt: skip
    yes("demir_jap", 3, (1020,), (), "2026-03-11 17:03", request_subject(1020),
        "jap, hat stattgefunden :)", client="gmail", reply="cr-1020",
        style="gmail")  # fmt: skip
    yes("aydin_gemacht", 22, (1133,), ("2026-03-12",), "2026-03-12 14:31",
        request_subject(1133),
        "Guten Tag, Termin heute 12.03 ist gemacht, alles gut.\nMehmet", client="samsung",
        reply="cr-1133")  # fmt: skip
    yes("demir_zwei", 3, (1019, 1020), ("2026-03-04", "2026-03-11"), "2026-03-12 18:20",
        "Termine",
        "Hi,\n\nich bestätige hiermit meine Videotermine vom 4.3. und 11.3.\n\nAylin",
        client="gmail")  # fmt: skip
    yes("aydin_spaet", 22, (1133,), ("2026-03-12",), "2026-03-14 11:03", request_subject(1133),
        "Sehr geehrte Damen und Herren, sorry für späte Antwort. Ja, Behandlung am "
        "Donnerstag 12.3 war.\nViele Grüße M. Aydın", client="outlook",
        reply="cr-1133")  # fmt: skip
    yes("krueger_nachtrag", 1, (1008,), ("2026-03-03",), "2026-03-17 20:44",
        request_subject(1008),
        "Entschuldigung, habe Ihre Mail erst jetzt gesehen. Ja, der Termin am 3.3. hat "
        "stattgefunden.\n\nSabine Krüger", client="webde", reply="cr-1008",
        style="webde")  # fmt: skip


def third_week() -> None:
    nope("demir_niemand_da", 3, ("other",), "2026-03-18 10:20", request_subject(1021),
         "Hallo, ich glaube da ist was schiefgelaufen: ich war heute ab 8:25 im Videoraum, "
         "aber es kam niemand dazu. Um kurz nach 9 habe ich aufgegeben. Die Behandlung hat "
         "also nicht stattgefunden, bitte nicht abrechnen. Bekomme ich einen Ersatztermin?"
         "\n\nLG Aylin Demir", client="gmail", reply="cr-1021",
         style="gmail")  # fmt: skip
    yes("demir_confirming", 3, (1021,), ("2026-03-18",), "2026-03-18 10:25",
        request_subject(1021, "Re"),
        "Confirming today's session (18 March).\nCheers, Aylin", client="gmail",
        reply="cr-1021", style="gmail_en", bottom=True)  # fmt: skip
    yes("demir_unten", 3, (1021,), ("2026-03-18",), "2026-03-18 12:30", request_subject(1021),
        "Hallo,\n\nja, die Einheit am 18.3. hat stattgefunden.\n\nLG Aylin Demir",
        client="thunderbird", reply="cr-1021", style="thunderbird",
        bottom=True)  # fmt: skip
    yes("aydin_sohn", 22, (1134,), ("2026-03-19",), "2026-03-19 20:15", request_subject(1134),
        "Guten Abend,\n\nmein Vater hat mich gebeten zu antworten: Ja, das Telefonat heute "
        "Mittag hat stattgefunden.\nEr möchte noch wissen, ob er die Übungen mit dem "
        "Theraband jeden Tag machen darf oder nur jeden zweiten Tag.\n\nFreundliche Grüße\n"
        "Emre Aydın (Sohn)", name="Emre Aydın", client="outlook", reply="cr-1134",
        style="outlook", extra=("question",), staff=True)  # fmt: skip
    yes("koch_ja", 18, (1109,), (), "2026-03-23 17:11", request_subject(1109),
        "Ja.\n\nRenate Koch\nTel. 0511 4471902", client="tonline", reply="cr-1109",
        style="tonline")  # fmt: skip
    yes("koch_tochter", 18, (1109,), ("2026-03-23",), "2026-03-23 18:02", request_subject(1109),
        "Guten Abend,\n\nich schreibe für meine Mutter, Renate Koch. Das Telefonat mit "
        "Ihrer Kollegin hat heute stattgefunden, Mutti lässt schön danke sagen.\n\n"
        "Mit freundlichen Grüßen\nClaudia Koch (Tochter)", client="tonline",
        reply="cr-1109", style="tonline")  # fmt: skip
    nope("aydin_absage", 22, ("cancellation",), "2026-03-24 07:48", "Termin Donnerstag",
         "Hallo,\nich kann am Donnerstag 26.03 nicht, muss arbeiten Frühschicht verlängert. "
         "Bitte Termin absagen. Tut mir leid.\nMehmet Aydın", client="samsung")  # fmt: skip
    nope("demir_erinnerung", 3, ("other",), "2026-03-24 09:10", reminder_subject(1022),
         "Danke für die Erinnerung, bin dabei!", client="iphone", reply="rem-1022",
         style="iphone", staff=False, note="plain acknowledgement of a reminder")  # fmt: skip


def last_days() -> None:
    yes("demir_pruefung", 3, (1022,), ("2026-03-25",), "2026-03-25 11:02",
        request_subject(1022),
        "Ja, heute hat stattgefunden, danke!\n\nNächsten Mittwoch muss ich leider absagen, "
        "da habe ich eine Prüfung. Können Sie mich für April neu einplanen?\n\nAylin",
        client="gmail", reply="cr-1022", style="gmail", extra=("cancellation",),
        staff=True)  # fmt: skip
    yes("koch_foermlich", 18, (1110,), ("2026-03-25",), "2026-03-25 17:05",
        request_subject(1110),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische "
        "Behandlung am Mittwoch, den 25. März 2026, stattgefunden hat.\n\nMit freundlichen "
        "Grüßen\nRenate Koch", client="tonline", reply="cr-1110",
        style="tonline")  # fmt: skip
    yes("koch_zwei_rezept", 18, (1109, 1110), ("2026-03-23", "2026-03-25"), "2026-03-26 10:15",
        "Meine Termine",
        "Liebe Praxis,\n\ndie beiden Telefontermine am Montag (23.3.) und gestern haben "
        "stattgefunden.\nMuss ich für das neue Rezept im April wieder zum Doktor oder "
        "machen Sie das?\n\nHerzliche Grüße\nRenate Koch", client="tonline",
        extra=("question",), staff=True)  # fmt: skip
    yes("aydin_war_heute", 22, (1135,), ("2026-03-26",), "2026-03-26 14:40",
        request_subject(1135), "Ja war heute. Danke schön", client="samsung",
        reply="cr-1135", style="samsung")  # fmt: skip
    yes("aydin_zwei", 22, (1134, 1135), ("2026-03-19", "2026-03-26"), "2026-03-27 09:10",
        "Bestätigung",
        "Hallo Frau Praxis,\nich bestätige Termine 19.03 und 26.03 telefon.\nGruss\n"
        "Mehmet Aydın", client="outlook")  # fmt: skip
    yes("demir_mittwoch", 3, (1022,), ("2026-03-25",), "2026-03-27 22:48", request_subject(1022),
        "sorry, hab die Mail total übersehen - ja, Mittwoch hat geklappt, alles gut!",
        client="gmail", reply="cr-1022", style="gmail")  # fmt: skip
    nope("koch_verschieben", 18, ("reschedule",), "2026-03-29 17:20", reminder_subject(1111),
         "Guten Tag,\n\nkönnten wir den Termin morgen auf 16 Uhr verschieben? Ich habe um "
         "15 Uhr die Fußpflege, das hatte ich vergessen.\n\nMit freundlichen Grüßen\n"
         "Renate Koch", client="tonline", reply="rem-1111", style="tonline")  # fmt: skip
    yes("koch_ostern", 18, (1111,), (), "2026-03-30 16:52", request_subject(1111),
        "Ja, hat stattgefunden. Vielen Dank und schöne Ostertage!\nR. Koch",
        client="tonline", reply="cr-1111", style="tonline")  # fmt: skip
    nope("koch_danke", 18, ("thanks",), "2026-03-31 10:05", "Ein Dankeschön",
         "Liebes Praxisteam,\n\nich wollte mich einmal herzlich bedanken. Am Anfang war ich "
         "skeptisch, ob das am Telefon überhaupt geht, aber meine Schulter ist viel besser "
         "geworden und ich kann wieder die Wäsche aufhängen.\n\nFrohe Ostern Ihnen allen!\n"
         "Renate Koch", client="tonline", staff=False)  # fmt: skip
    yes("demir_alle_vier", 3, (1019, 1020, 1021, 1022),
        ("2026-03-04", "2026-03-11", "2026-03-18", "2026-03-25"), "2026-03-31 20:00",
        "Bestätigung März",
        "Hallo,\n\nzur Sicherheit nochmal für den ganzen März: alle vier Videotermine (4., "
        "11., 18. und 25.3.) haben stattgefunden.\n\nViele Grüße\nAylin Demir",
        client="gmail")  # fmt: skip
    yes("koch_schwester", 18, (1111,), ("2026-03-30",), "2026-04-02 11:30",
        request_subject(1111),
        "Sehr geehrte Damen und Herren,\n\nja, die Behandlung am Montag hat stattgefunden. "
        "Ich war ein paar Tage bei meiner Schwester in Celle und habe die Mail nicht gleich "
        "gesehen.\n\nMit freundlichen Grüßen\nRenate Koch", client="tonline",
        reply="cr-1111", style="tonline")  # fmt: skip
    yes("becker_rechnung", 2, (1018,), ("2026-03-02",), "2026-04-08 08:12",
        request_subject(1018),
        "Guten Morgen,\n\nNachtrag: die MT am 2. März per Telefon hat stattgefunden, ich "
        "hatte Ihre Mail damals nicht beantwortet.\nBitte schicken Sie die Rechnung an "
        "meine Firmenadresse (Becker Consulting, Am Markt 4, 30159 Hannover), wenn das "
        "geht.\n\nMit freundlichen Grüßen\nThomas Becker", client="outlook",
        reply="cr-1018", style="outlook_classic", extra=("question",),
        staff=True)  # fmt: skip


def main() -> None:
    load_practice()
    first_week()
    second_week()
    third_week()
    last_days()
    write_set(HERE, __file__)


if __name__ == "__main__":
    from tools.corpus import blind_iz

    blind_iz.main()
