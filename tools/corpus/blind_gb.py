"""Write blind set GB: a plain, representative inbox of an ordinary month, nothing themed.

41 mails from the patients in practice.toml as they would really answer: 31 confirm at
least one session (mostly short replies under our request, some bottom-posted, some from a
phone with a signature, some without a date, a few new mails with the date only in the
subject or text, some several days at once, a few weeks late, five with a question or a
practical problem beside the yes), and 10 look-alikes (two cancellations, three reschedule
wishes or a missed session, a question and a technical problem about a video session, an
out-of-office reply, and two thank-yous without a confirmation).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gb`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_gb")


def short_replies() -> None:
    yes("gb01_krueger_ja_27jan.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:41", re(1003, "Re"),
        "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("gb02_becker_bestaetigt_iphone.eml", 2, (1011,), (), "2026-02-05 21:03", re(1011, "Re"),
        "Bestätigt.\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1011", style="iphone",
        note="a bare yes under our request for 05.02.2026")  # fmt: skip
    yes("gb03_demir_ja_0403.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:27", re(1019, "Re"),
        "Hallo,\nja die Behandlung am 04.03. hat stattgefunden.\nLG Aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("gb04_demir_bottom_1103.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 13:05", re(1020, "Re"),
        "Bestätigt, 11.03.2026\n\nAylin Demir",
        client="gmail", reply="cr-1020", style="gmail", bottom=True)  # fmt: skip
    yes("gb05_demir_daumen.eml", 3, (1024,), (), "2026-04-08 10:14", re(1024, "Re"),
        "Ja hat stattgefunden 👍",
        client="gmail", reply="cr-1024", style="gmail",
        note="a yes under our request for 08.04.2026 without a day")  # fmt: skip
    yes("gb06_wolff_formell_1601.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:02", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische Behandlung"
        " am Freitag, den 16. Januar 2026, stattgefunden hat.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("gb07_schulz_ja_plus_verschieben.eml", 5, (1035,), ("2026-04-23",), "2026-04-24 08:05",
        re(1035, "Re"),
        "Hallo,\n\nja, die Behandlung am 23.4. hat stattgefunden.\n\nNächsten Donnerstag (30.4.)"
        " schaffe ich 15:30 leider nicht, ginge auch 17 Uhr?\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1035", style="thunderbird", staff=True,
        extra=("reschedule",),
        note="yes for 23.04.; asks to move the session of 30.04. (future, not a date)")  # fmt: skip
    yes("gb08_hoffmann_zwei_am_1805.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:30",
        re(1043),
        "Hallo,\n\nbeide Termine am 18.05. – morgens KG am Gerät und mittags MT – haben"
        " stattgefunden.\n\nBeste Grüße\nPeter Hoffmann\n\nGesendet von Outlook für Android",
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of 18.05. (07:30 KGG and 12:30 MT)")  # fmt: skip
    yes("gb09_popescu_lerner_2juni.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:40",
        re(1046, "Re"),
        "Hallo,\nja ich bestatige der Termin am 2 Juni. Es war gut, danke schön.\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("gb10_popescu_ja_plus_rezept.eml", 7, (1048,), ("2026-06-16",), "2026-06-16 14:02",
        re(1048, "Re"),
        "Guten Tag,\nIch bestätige die Behandlung 16.06.\nIch habe noch eine Frage: brauche ich"
        " neue Rezept, wenn die 6 Termine fertig sind? Oder macht die Praxis das?\nDanke\nElena",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True, extra=("question",),
        note="yes for 16.06. and a question about a new prescription")  # fmt: skip
    yes("gb11_neumann_liebes_team.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 15:20",
        re(1056),
        "Liebes Praxisteam,\n\nich bestätige Ihnen hiermit, das die Behandlung am Dienstag 7.7."
        " stattgefunden hat. Es hat mir wieder sehr gut getan.\n\nHerzliche Grüße\n"
        "Gisela Neumann",
        client="plain", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("gb12_brandt_bottom_0307.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:40",
        re(1063, "Re"),
        "Hallo,\n\nbestätige hiermit den Termin am 03.07.\n\nGruß\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("gb13_carter_en_aug3.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:20",
        re(1069, "Re"),
        "Hi,\n\nYes, I confirm that my session on August 3rd took place.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("gb14_carter_en_plus_invoice.eml", 11, (1071,), ("2026-08-17",), "2026-08-18 09:30",
        re(1071, "Re"),
        "Confirmed – the session on 17 Aug happened.\n\nQuick question: could you send me an"
        " invoice for all the August sessions at the end of the month? My insurance needs it."
        "\n\nBest,\nEmily Carter",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True, extra=("question",),
        note="yes for 17.08. and a request for an invoice")  # fmt: skip
    yes("gb15_yildiz_kurz_0508.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:40",
        re(1075, "Re"),
        "Hallo ja Termin 05.08 hat statt gefunden\nLg Fatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("gb16_vogel_signatur.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:52", re(1082),
        "Bestätigt: MT am 10.09.2026.\n\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte mbB\n"
        "Maximilianstraße 12, 80539 München\nTel. +49 89 2180 4410",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("gb17_zimmermann_gestern.eml", 15, (1094,), ("2026-10-12",), "2026-10-13 09:15",
        re(1094),
        "Guten Tag,\nder Anruf gestern hat stattgefunden.\nGruß K. Zimmermann",
        client="plain", reply="cr-1094", style="thunderbird",
        note="'gestern' in a mail of 13.10. under our request for 12.10.")  # fmt: skip
    yes("gb18_schaefer_buero_0710.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:30",
        re(1098),
        "Guten Morgen,\n\nden Termin vom 07.10. bestätige ich hiermit.\n\nViele Grüße\n"
        "Birgit Schäfer\n\nSchäfer Steuerberatung\nHauptstraße 3 · 69117 Heidelberg\n"
        "Tel. 06221 43 21 0",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address (office)")  # fmt: skip
    yes("gb19_jansen_ja_plus_bogen.eml", 17, (1105,), ("2026-10-29",), "2026-10-29 12:10",
        re(1105, "Re"),
        "Moin,\n\nTermin am 29.10. hat stattgefunden.\n\nDen Anamnesebogen hab ich leider"
        " verlegt, könnt ihr mir den nochmal schicken?\n\nGruß Ole",
        client="gmail", reply="cr-1105", style="gmail", staff=True, extra=("question",),
        note="yes for 29.10. and asks for the anamnesis form again")  # fmt: skip
    yes("gb20_nowak_mix.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:05", re(1116, "Re"),
        "Confirming the session on 06.11. – danke!\n\nDavid",
        client="plain", reply="cr-1116", style="gmail_en")  # fmt: skip
    yes("gb21_hartmann_erste_stunde.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:02",
        re(1120, "Re"),
        "Hallo!\nJa die erste Stunde am 3.11. hat stattgefunden, war super :)\nLiebe Grüße Leonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("gb22_oneill_en_14april.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:10",
        re(1136, "RE"),
        "Hello,\n\nI can confirm the phone session on 14 April took place.\n\nBest regards,\n"
        "James O'Neill",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("gb23_becker_ja_plus_adresse.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:48",
        re(1010),
        "Hallo,\n\nja, Termin heute (02.02.) hat stattgefunden.\n\nNoch eine Sache: meine"
        " Rechnungsadresse hat sich geändert, neu ist Lindenstraße 14, 50674 Köln. Bitte für die"
        " Rechnung berücksichtigen.\n\nMfG\nThomas Becker",
        client="webde", reply="cr-1010", style="webde", staff=True, extra=("other",),
        note="yes for 02.02. and a new billing address")  # fmt: skip


def new_mails_and_late() -> None:
    yes("gb24_krueger_zwei_termine.eml", 1, (1005, 1006), ("2026-02-10", "2026-02-17"),
        "2026-02-18 08:15", "Bestätigung Termine",
        "Guten Morgen,\n\nich habe die letzten beiden Mails übersehen, sorry. Die Termine am"
        " 10.02. und am 17.02. haben beide stattgefunden.\n\nGruß\nSabine Krüger",
        client="webde")  # fmt: skip
    yes("gb25_becker_nachtraeglich.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-03-04 10:12", "offene Bestätigungen Februar",
        "Guten Tag,\n\nbeim Aufräumen meines Postfachs habe ich gesehen, dass ich zwei Termine"
        " nicht bestätigt habe: Montag 9.2. und Donnerstag 12.2. – beide Telefonate haben wie"
        " geplant stattgefunden.\n\nMfG\nT. Becker",
        client="webde", note="three weeks late, two days")  # fmt: skip
    yes("gb26_wolff_zwei_freitage.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-01-31 11:20", "Behandlungen 23.01. und 30.01.",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die beiden telefonischen"
        " Behandlungen am 23.01.2026 und am 30.01.2026.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff",
        client="tonline")  # fmt: skip
    yes("gb27_wolff_spaet_krankenhaus.eml", 4, (1033,), ("2026-02-20",), "2026-03-16 09:40",
        re(1033),
        "Guten Morgen,\n\nentschuldigen Sie die späte Rückmeldung, ich war im Krankenhaus. Die"
        " Behandlung am 20. Februar hat stattgefunden.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1033", style="tonline",
        note="more than three weeks late")  # fmt: skip
    yes("gb28_neumann_kleinschrift.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-17 10:05", "Termine 14.7 und 16.7",
        "hallo,\ndie beiden termine am 14.7 und 16.7 haben stattgefunden\ngruss gisela neumann",
        client="plain")  # fmt: skip
    yes("gb29_brandt_nur_betreff.eml", 10, (1065,), ("2026-07-17",), "2026-07-18 09:00",
        "Bestätigung 17.07.2026",
        "Hallo,\n\nhiermit bestätigt.\n\nLukas Brandt",
        client="thunderbird", note="the day only in the subject")  # fmt: skip
    yes("gb30_lehmann_september_nachtrag.eml", 14, (1088, 1089, 1090),
        ("2026-09-15", "2026-09-22", "2026-09-29"), "2026-10-02 21:40",
        "Nachträglich: Bestätigungen September",
        "Hallo,\n\nich habe im September ein paar Bestätigungen verschlampt. Die Termine am"
        " 15.09., 22.09. und 29.09. haben alle stattgefunden.\n\nSorry und beste Grüße\n"
        "Anna Lehmann",
        client="thunderbird", note="three sessions at once, one up to two weeks late")  # fmt: skip
    yes("gb31_berger_neue_mail.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:30",
        "Bestätigung",
        "Sehr geehrtes Praxisteam,\n\nich bestätige die Krankengymnastik am Telefon vom"
        " 6. Mai 2026.\n\nFreundliche Grüße\nUrsula Berger",
        client="plain")  # fmt: skip


def look_alikes() -> None:
    no("gb32_wagner_absage_fieber.eml", 21, ("cancellation",), "2026-02-08 10:02",
       rem(1128, "Re"),
       "Hallo,\nich muss den Termin morgen leider absagen, ich liege mit Fieber im Bett.\n"
       "Viele Grüße\nSophie Wagner",
       client="webde", reply="rem-1128", style="webde")  # fmt: skip
    no("gb33_becker_spaeter.eml", 2, ("reschedule",), "2026-02-18 18:05", rem(1015),
       "Hallo, geht der Termin morgen auch eine Stunde später, also 18:30? Ich schaffe es sonst"
       " nicht rechtzeitig aus dem Büro.\nGruß T. Becker",
       client="webde", reply="rem-1015", style="webde")  # fmt: skip
    no("gb34_hartmann_frage_video.eml", 20, ("question",), "2026-11-08 20:15", vl(1121),
       "Hallo, mein Laptop ist kaputt – geht der Videotermin am Dienstag auch übers Handy oder"
       " muss ich da eine App installieren?\nLiebe Grüße Leonie",
       client="webde", reply="vl-1121", style="webde",
       note="a question about the coming session of 10.11.")  # fmt: skip
    no("gb35_aydin_verpasst.eml", 22, ("reschedule",), "2026-03-05 15:10", re(1132),
       "Hallo,\nder Termin heute hat nicht geklappt, ich war auf der Arbeit und hab den Anruf"
       " verpasst. Tut mir leid. Können wir einen neuen Termin machen?\nMehmet Aydın",
       client="outlook", reply="cr-1132", style="outlook",
       note="under our request: the session of 05.03. did not take place")  # fmt: skip
    mc.human("gb36_lehmann_abwesend.eml", sender=14, date="2026-10-13 14:31",
             subject="Abwesenheitsnotiz: Bitte bestätigen Sie Ihre Behandlung vom 13.10.2026",
             body="Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 23.10.2026 auf"
             " Dienstreise und lese meine E-Mails nur unregelmäßig. In dringenden Fällen wenden"
             " Sie sich bitte an das Sekretariat des Instituts, Tel. 0711 685 81234.\n\n"
             "Anna Lehmann",
             client="plain", reply_to="cr-1092",
             extra_headers=(("Auto-Submitted", "auto-replied"),),
             label=mc.Label(("auto_reply",), patient=14,
                            note="out-of-office reply to our request for 13.10."))  # fmt: skip
    no("gb37_neumann_danke_erinnerung.eml", 9, ("other",), "2026-07-27 09:20", rem(1062),
       "Danke für die Erinnerung, ich bin morgen dabei.\nGisela Neumann",
       client="plain", reply="rem-1062", style="thunderbird", staff=False,
       note="answers the reminder for 28.07. before the session")  # fmt: skip
    no("gb38_carter_thank_you.eml", 11, ("other",), "2026-09-08 18:00", "Thank you!",
       "Hi all,\n\njust wanted to say thank you for the last few weeks – my back is so much"
       " better and I'm finally running again.\n\nAll the best,\nEmily",
       client="gmail", staff=False, note="a thank-you that confirms no session")  # fmt: skip
    no("gb39_berger_absage.eml", 24, ("cancellation",), "2026-06-09 11:40", rem(1147),
       "Guten Tag,\n\nich muss den Termin morgen leider absagen, ich habe einen Arzttermin, der"
       " sich nicht verschieben lässt.\n\nMit freundlichen Grüßen\nU. Berger",
       client="plain", reply="rem-1147", style="outlook_classic")  # fmt: skip
    no("gb40_richter_kein_zugang.eml", 8, ("technical",), "2026-06-24 18:06", vl(1054),
       "Hallo, ich komme nicht in den Raum, da steht nur \"Warten auf Teilnehmer\" seit 10 min??"
       "\nJonas\n\nVon meinem iPhone gesendet",
       client="iphone", reply="vl-1054", style="iphone",
       note="during the session of 24.06.: he cannot get in")  # fmt: skip
    no("gb41_jansen_verschieben.eml", 17, ("reschedule",), "2026-11-11 12:00", rem(1107, "Re"),
       "Moin, morgen 10 Uhr klappt bei mir nicht, bin auf Dienstreise. Geht auch Freitag statt"
       " Donnerstag?\nGruß Ole",
       client="gmail", reply="rem-1107", style="gmail")  # fmt: skip


def main() -> None:
    load_practice()
    short_replies()
    new_mails_and_late()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
