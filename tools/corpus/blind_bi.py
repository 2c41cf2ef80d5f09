"""Write blind set BI: a plain, representative inbox of the whole year, 41 mails. 31
confirm at least one session: mostly short replies under our request from web.de, GMX,
t-online, Outlook, Gmail, iPhone, Yahoo and Samsung, some with and some without the day,
a few new mails with the day in the subject or text, several days at once, a few weeks
late, and a few with a question, a reschedule wish, a technical hiccup or a missed
session beside the yes. The 10 look-alikes are the usual ones: two cancellations, two
reschedule wishes, a question about a coming session, a missed call, a session that did
not take place for a broken link, a therapist who did not call, an answer to a reminder
and a "confirmation" of a coming video appointment.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bi`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bi")

OFFICE_BIRGIT = "b.schaefer@schaefer-steuerberatung.de"


def winter() -> None:
    yes("bi01_krueger_webde_kurz.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:40",
        re(1003, "Aw"),
        "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden.\n\nGruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("bi02_krueger_nachtrag_zwei.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-12 19:20", "Bestätigung Termine Februar",
        "Sehr geehrtes Praxisteam,\n\nich habe leider vergessen, die letzten beiden Termine zu"
        " bestätigen. Die Videobehandlungen am 03.02. und am 10.02. haben beide stattgefunden.\n\n"
        "Entschuldigen Sie die Verspätung.\n\nMit freundlichen Grüßen\nSabine Krüger",
        client="webde", note="new mail, two days at once, a few days late")  # fmt: skip
    yes("bi03_becker_gmx_knapp.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:15", re(1010),
        "Bestätigt - MT am 02.02.26 per Telefon.\n\nT. Becker",
        reply="cr-1010", style="webde")  # fmt: skip
    yes("bi04_becker_zwei_tage.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-13 08:05", re(1013),
        "Guten Morgen,\n\nhiermit bestätige ich die Termine vom 9. und 12. Februar. Den vom"
        " Montag hatte ich noch nicht bestätigt, sorry.\n\nVG\nThomas Becker",
        reply="cr-1013", style="webde",
        note="answers the request for 12.02 and adds Monday 09.02")  # fmt: skip
    yes("bi05_wolff_tonline_frage_rezept.eml", 4, (1029,), ("2026-01-23",), "2026-01-24 09:30",
        re(1029),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische"
        " Behandlung am Freitag, dem 23.01.2026, stattgefunden hat.\n\nEine Frage hätte ich"
        " noch: Mein Rezept lautet über 6 Behandlungen. Brauche ich für die Termine danach"
        " ein neues Rezept von meinem Hausarzt, oder kümmern Sie sich darum?\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1029", style="tonline", staff=True, extra=("question",),
        note="yes plus a question about the prescription")  # fmt: skip
    yes("bi06_wolff_tonline_schlicht.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:20",
        re(1028),
        "Guten Tag,\n\ndie Behandlung am 16.01.2026 hat stattgefunden.\n\n"
        "Mit freundlichem Gruß\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("bi07_wagner_gmx_spaet.eml", 21, (1124,), ("2026-01-12",), "2026-02-05 18:30",
        re(1124, "Aw"),
        "Hallo zusammen,\n\nich sehe gerade, dass ich hierauf nie geantwortet habe, sorry!"
        " Ja, der Termin am 12.01. hat stattgefunden.\n\nViele Grüße\nSophie Wagner",
        reply="cr-1124", style="webde", note="three weeks late")  # fmt: skip
    yes("bi08_wagner_einer_verpasst.eml", 21, (1126,), ("2026-01-26",), "2026-01-26 13:00",
        re(1126, "Aw"),
        "Hallo,\n\nheute am 26.01. hat alles geklappt, danke! Den Termin letzte Woche (19.01.)"
        " hatte ich ja leider verschwitzt, ich war gar nicht online. Wird das jetzt"
        " berechnet?\n\nLG Sophie",
        reply="cr-1126", style="webde", staff=True, extra=("question",),
        note="confirms 26.01; says she missed 19.01 and asks whether it is charged")  # fmt: skip
    yes("bi09_aydin_hotmail.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:00", re(1130),
        "Hallo\nja termin 19.02 war ok, hat stattgefunden.\nMfg Mehmet Aydin",
        reply="cr-1130", style="outlook")  # fmt: skip


def spring() -> None:
    yes("bi10_demir_gmail_ohne_datum.eml", 3, (1022,), (), "2026-03-27 21:40", re(1022, "Re"),
        "ja hat stattgefunden, sorry für die späte antwort\nlg aylin",
        client="gmail", reply="cr-1022", style="gmail",
        note="a yes under our request for 25.03, two days later, no day")  # fmt: skip
    yes("bi11_koch_tonline_zwei.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-25 17:30", re(1110),
        "Hallo,\n\nich bestätige Montag, 23.3. und heute Mittwoch, 25.3. Beide Telefonate"
        " haben stattgefunden.\n\nGrüße\nRenate Koch",
        client="tonline", reply="cr-1110", style="tonline")  # fmt: skip
    yes("bi12_oneill_outlook_en.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 08:15",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 21.04.2026",
        "Hi there,\n\nconfirming that the phone session on 21 April took place.\n\n"
        "Cheers,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("bi13_schulz_posteo_bild_weg.eml", 5, (1036,), ("2026-04-30",), "2026-04-30 17:45",
        re(1036, "Re"),
        "Hallo,\n\nja, der Termin am 30.4. hat stattgefunden. Allerdings ist nach ca. 10 Minuten"
        " das Bild eingefroren, wir haben den Rest dann nur mit Ton gemacht. Gibt es da einen"
        " Trick, damit das nächstes Mal nicht passiert? Ich nutze Firefox am Laptop.\n\n"
        "Viele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1036", style="thunderbird", staff=True,
        extra=("technical",), note="confirmed, with a video problem and a question")  # fmt: skip
    yes("bi14_berger_samsung_bairisch.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 12:00",
        re(1142),
        "Grüß Gott,\nja des war heut am Mittwoch 6.5., hat alles passt.\nGruß U. Berger\n\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1142", style="samsung")  # fmt: skip
    yes("bi15_hoffmann_zwei_am_tag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:10",
        re(1043),
        "Hallo,\n\nbeide Termine am 18.05. (morgens KG am Gerät, mittags Manuelle) haben"
        " stattgefunden.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="one day, both sessions of that day")  # fmt: skip
    yes("bi16_hoffmann_nur_ja.eml", 6, (1044,), (), "2026-05-26 09:20", re(1044),
        "Bestätigt.\n\nPeter Hoffmann\n\nOutlook für Android herunterladen",
        client="outlook", reply="cr-1044", style="outlook")  # fmt: skip


def summer() -> None:
    yes("bi17_popescu_yahoo_nachtrag.eml", 7, (1048, 1049), ("2026-06-16", "2026-06-23"),
        "2026-06-25 20:11", "Bestatigung",
        "Guten Tag,\n\nentschuldigung, ich habe vergessen zu schreiben. Die Termine am 16.06"
        " und 23.06 waren beide, alles gut gemacht mit Frau Therapeutin.\n\n"
        "Vielen Dank\nElena Popescu",
        client="yahoo", note="new mail, two days, learner's German")  # fmt: skip
    yes("bi18_richter_iphone_heute.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:05",
        re(1051, "Re"), "Jo, heute am 3.6. hat stattgefunden 👍\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("bi19_richter_verschieben.eml", 8, (1053,), ("2026-06-17",), "2026-06-17 21:10",
        re(1053, "Re"),
        "Hi,\n\nTermin 17.06. bestätigt. Könnten wir den nächsten (24.6.) vielleicht auf"
        " 19 Uhr schieben? Ich komme mittwochs grad später aus dem Büro.\n\nDanke, Jonas\n\n"
        "Gesendet von meinem iPhone",
        client="iphone", reply="cr-1053", style="iphone", staff=True, extra=("reschedule",),
        note="yes for 17.06 plus a wish to move 24.06")  # fmt: skip
    yes("bi20_neumann_drei_tage.eml", 9, (1058, 1059, 1060),
        ("2026-07-14", "2026-07-16", "2026-07-21"), "2026-07-21 14:00",
        "Bestätigung Behandlungen Juli",
        "Guten Tag,\n\nhiermit bestätige ich die telefonischen Behandlungen vom 14.07.,"
        " 16.07. und 21.07.2026.\n\nIch komme mit den Mails nicht so schnell hinterher,"
        " deshalb alles auf einmal.\n\nFreundliche Grüße\nGisela Neumann",
        note="new mail, three days")  # fmt: skip
    yes("bi21_brandt_unten.eml", 10, (1064,), ("2026-07-10",), "2026-07-10 18:40", re(1064),
        "ja, hat stattgefunden (10.07.).\n\nLukas",
        client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True,
        note="bottom-posted under the quote")  # fmt: skip
    yes("bi22_carter_gmail_en.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:10",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 03.08.2026",
        "Hi,\n\nyes, the session on August 3rd took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("bi23_carter_confirmed.eml", 11, (1071,), (), "2026-08-18 07:50",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 17.08.2026",
        "Confirmed, thank you!\n\nSent from my phone",
        client="gmail", reply="cr-1071", style="gmail_en")  # fmt: skip
    yes("bi24_yildiz_webde_klein.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:20",
        re(1075, "Aw"),
        "hallo ja das war am 05.08 telefon termin hat statt gefunden\nlg fatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip


def autumn() -> None:
    yes("bi25_vogel_kanzlei.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:40", re(1082),
        "Guten Morgen,\n\nhiermit bestätige ich die Behandlung vom 10.09.2026.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Michael Vogel\nRechtsanwalt\n\nVogel & Partner"
        " Rechtsanwälte mbB\nKönigsallee 12, 40212 Düsseldorf\nTel. 0211 123456-0 |"
        " Fax 0211 123456-99\nwww.vogel-partner.de\n\nDiese E-Mail kann vertrauliche"
        " Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren"
        " Sie bitte den Absender.",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("bi26_lehmann_uni.eml", 14, (1088,), ("2026-09-15",), "2026-09-16 09:12",
        re(1088, "Re"),
        "Hallo,\n\nich bestätige hiermit den Termin am 15.9.\n\nBeste Grüße\nAnna Lehmann\n\n"
        "-- \nAnna Lehmann, M.Sc.\nWissenschaftliche Mitarbeiterin\nInstitut für"
        " Werkstoffwissenschaft, Raum 2.14\nTel. +49 351 4633-1234",
        client="thunderbird", reply="cr-1088", style="thunderbird")  # fmt: skip
    yes("bi27_zimmermann_moin.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 15:00",
        re(1093),
        "Moin,\nTermin am Montag 05.10. hat stattgefunden.\nGruß Klaus\n\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1093", style="samsung")  # fmt: skip
    yes("bi28_schaefer_buero.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:55",
        "Bestätigung Termin 14.10.",
        "Hallo liebes Praxisteam,\n\nkurz zur Bestätigung vom Büro aus: der Videotermin gestern"
        " Abend am 14.10. hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nBirgit Schäfer, Steuerberaterin\nLindenstraße 8, 30159"
        " Hannover\nTel. 0511 987654-0",
        client="outlook", sender=OFFICE_BIRGIT, name="Birgit Schäfer",
        note="new mail from her second registered address")  # fmt: skip
    yes("bi29_jansen_gmail.eml", 17, (1105,), ("2026-10-29",), "2026-10-29 12:00",
        re(1105, "Re"), "Moin, ja hat geklappt am 29.10.\nOle",
        client="gmail", reply="cr-1105", style="gmail")  # fmt: skip
    yes("bi30_hartmann_erste_stunde.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:30",
        re(1120, "Re"),
        "Hallo,\n\nja, die erste Stunde am 3.11. hat stattgefunden. Hat mir echt gut getan,"
        " danke!\n\nLiebe Grüße\nLeonie",
        reply="cr-1120", style="iphone")  # fmt: skip
    yes("bi31_nowak_proton.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 10:02", re(1117, "Re"),
        "Bestätige: 13.11.2026, MT per Video hat stattgefunden.\n\nBeste Grüße\nDavid Nowak\n\n"
        "Sent with Proton Mail secure email.",
        reply="cr-1117", note="reply without a quote")  # fmt: skip


def lookalikes() -> None:
    no("bi32_demir_absage.eml", 3, ("cancellation",), "2026-03-31 09:10",
       "Re: Erinnerung: Ihr Termin am 01.04.2026",
       "Hallo,\n\nich muss den Termin morgen leider absagen, mein Sohn ist krank und ich bin"
       " mit ihm zuhause. Nächste Woche Mittwoch dann wieder wie immer?\n\nLG Aylin",
       client="gmail", reply="rem-1023", style="gmail",
       note="cancels 01.04 under the reminder")  # fmt: skip
    no("bi33_zimmermann_absage.eml", 15, ("cancellation",), "2026-10-25 13:20",
       "AW: Erinnerung: Ihr Termin am 26.10.2026",
       "Moin,\nmorgen klappt bei mir nicht, hab nen Arzttermin. Bitte absagen.\n"
       "Gruß Klaus Zimmermann\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
       client="samsung", reply="rem-1096", style="samsung")  # fmt: skip
    no("bi34_brandt_verschieben.eml", 10, ("reschedule",), "2026-07-21 16:30",
       "Re: Ihr Videotermin am 24.07.2026",
       "Hallo,\n\nkönnen wir den Termin am Freitag, 24.07., auf Montag den 27. verschieben?"
       " Am Freitag bin ich auf Dienstreise.\n\nDanke und Gruß\nLukas Brandt",
       client="thunderbird", reply="vl-1066", style="thunderbird")  # fmt: skip
    no("bi35_hoffmann_frage_naechster.eml", 6, ("question",), "2026-05-29 08:10",
       "AW: Ihr Videotermin am 01.06.2026",
       "Guten Morgen,\n\nbrauche ich für die Stunde am Montag irgendwelche Geräte zu Hause?"
       " Ich habe nur ein Theraband und eine Matte.\n\nGruß\nPeter Hoffmann",
       client="outlook", reply="vl-1045", style="outlook",
       note="question about a coming session")  # fmt: skip
    no("bi36_yildiz_verpasst.eml", 12, ("other",), "2026-08-26 14:00", re(1078, "Aw"),
       "hallo, ich war heute nicht erreichbar, war auf der arbeit und hab den anruf verpasst."
       " tut mir leid. können sie mir einen neuen termin geben?\nlg fatma yildiz",
       client="webde", reply="cr-1078", style="webde",
       note="missed the call of 26.08; nothing to record")  # fmt: skip
    no("bi37_berger_erinnerung_danke.eml", 24, ("other",), "2026-06-02 10:00",
       "AW: Erinnerung: Ihr Termin am 03.06.2026",
       "Danke für die Erinnerung, ich bin morgen da.\nGruß U. Berger\n\n\n"
       "Von meinem Samsung Galaxy Smartphone gesendet.",
       client="samsung", reply="rem-1146", style="samsung", staff=False,
       note="thanks for the reminder, nothing to do")  # fmt: skip
    no("bi38_lehmann_link_kaputt.eml", 14, ("technical",), "2026-10-06 15:05", re(1091, "Re"),
       "Hallo,\n\nbestätigen kann ich leider nichts: heute hat die Verbindung gar nicht"
       " geklappt, der Zugangscode wurde nicht angenommen und nach 20 Minuten habe ich"
       " aufgegeben. Bitte nicht abrechnen. Können wir den Termin nachholen?\n\n"
       "Beste Grüße\nAnna Lehmann",
       client="thunderbird", reply="cr-1091", style="thunderbird",
       note="the session of 06.10 did not take place")  # fmt: skip
    no("bi39_koch_niemand_angerufen.eml", 18, ("other",), "2026-04-08 17:10", re(1113),
       "Hallo,\n\nich soll bestätigen, aber heute hat mich niemand angerufen. Ich habe ab"
       " 15 Uhr am Telefon gewartet. Was ist da passiert?\n\nRenate Koch",
       client="tonline", reply="cr-1113", style="tonline",
       note="no call on 08.04; nothing to record")  # fmt: skip
    no("bi40_popescu_kommender_termin.eml", 7, ("other",), "2026-06-27 10:00",
       "Re: Ihr Videotermin am 30.06.2026",
       "Hallo,\n\nich bestätige den Termin am 30.06. Ich bin da um 11 Uhr.\n\nDanke\nElena",
       client="yahoo", reply="vl-1050", style="yahoo", staff=False,
       note="says she will attend a coming session; nothing to record or do")  # fmt: skip
    no("bi41_hartmann_verschieben.eml", 20, ("reschedule",), "2026-11-16 18:30",
       "Re: Erinnerung: Ihr Termin am 17.11.2026",
       "Hallo,\n\nkönnte ich morgen um 18 statt um 17 Uhr kommen? Ich schaffe es sonst nicht"
       " rechtzeitig von der Arbeit nach Hause.\n\nLiebe Grüße\nLeonie Hartmann",
       reply="rem-1122", style="iphone")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    lookalikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
