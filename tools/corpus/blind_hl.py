"""Blind set HL: confirmations that share their mail with other business, and look-alikes.

Thirty confirmations, each doing something else as well (cancelling or moving a coming
session, asking about the invoice or the co-payment, announcing a new prescription, sending
or asking about forms, complaining about waiting, a new phone number or address, thanks
for the end of the therapy, pain after the last session), and twelve look-alikes that only
do the other business while naming past days (an invoice date, a prescription date, "since
the session on Monday"), confirming nothing. Labels are what a careful practice employee
would record: the confirmation when plain, needs_staff when the other business needs a
person, and the other topic's days never in `dates`.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, request_subject, write_set, yes

HERE = data_dir("blind_hl")


def confirmations_with_moves() -> None:
    yes(
        "hl01_krueger_confirm_cancel.eml",
        1,
        (1003,),
        ("2026-01-27",),
        "2026-01-27 13:12",
        request_subject(1003),
        "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden.\n\nDen Termin am 3.2. "
        "muss ich leider absagen, da bin ich beim Zahnarzt.\n\nViele Grüße\nSabine Krüger",
        client="webde",
        reply="cr-1003",
        style="webde",
        staff=True,
        extra=("cancellation",),
    )
    yes(
        "hl02_becker_move_confirm.eml",
        2,
        (1010,),
        ("2026-02-02",),
        "2026-02-03 08:05",
        request_subject(1010),
        "Guten Morgen,\n\nkönnten wir den Termin am Donnerstag (5.2.) auf 18:30 schieben? "
        "Ich komme vorher nicht aus dem Büro.\n\nUnd ja: gestern, 02.02., Telefonbehandlung "
        "hat stattgefunden, bestätige ich hiermit.\n\nT. Becker",
        client="outlook",
        reply="cr-1010",
        style="outlook",
        staff=True,
        extra=("reschedule",),
    )
    yes(
        "hl03_demir_confirm_move.eml",
        3,
        (1019,),
        ("2026-03-04",),
        "2026-03-04 10:41",
        request_subject(1019),
        "Hi, bestätige den Termin heute morgen (4.3.), war super 👍\n"
        "Nächste Woche Mittwoch geht bei mir 8:30 leider nicht, hätten Sie was am "
        "Nachmittag? LG Aylin",
        client="gmail",
        reply="cr-1019",
        style="gmail",
        staff=True,
        extra=("reschedule",),
    )
    yes(
        "hl04_wolff_confirm_cancel_rest.eml",
        4,
        (1028,),
        ("2026-01-16",),
        "2026-01-17 09:30",
        request_subject(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische "
        "Krankengymnastik vom 16.01.2026.\n\nLeider muss ich Ihnen mitteilen, dass ich ab "
        "dem 23.01. für drei Wochen zur Reha fahre. Die Termine am 23.01., 30.01. und 06.02. "
        "bitte ich daher zu streichen.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline",
        reply="cr-1028",
        style="tonline",
        staff=True,
        extra=("cancellation",),
    )
    yes(
        "hl05_schulz_cancel_then_confirm.eml",
        5,
        (1034,),
        ("2026-04-16",),
        "2026-04-17 19:20",
        request_subject(1034),
        "Hallo liebes Praxisteam,\n\nnächsten Donnerstag (23.4.) bin ich auf Dienstreise, "
        "den Termin muss ich leider absagen. Sorry für die Kurzfristigkeit!\n\n"
        "Die Stunde gestern war aber da, das passt also.\n\nMarie",
        client="thunderbird",
        reply="cr-1034",
        style="thunderbird",
        staff=True,
        extra=("cancellation",),
    )
    yes(
        "hl06_hoffmann_move.eml",
        6,
        (1040,),
        ("2026-05-04",),
        "2026-05-04 09:02",
        request_subject(1040),
        "Bestätigt, 04.05. KGG hat stattgefunden.\n\nBitte nächsten Montag eine Stunde "
        "später, also 8:30 statt 7:30, falls möglich.\n\nP. Hoffmann\n-- \nPeter Hoffmann\n"
        "Mobil 0171 5553021",
        client="outlook",
        reply="cr-1040",
        style="outlook_classic",
        staff=True,
        extra=("reschedule",),
    )


def confirmations_with_money() -> None:
    yes(
        "hl07_becker_confirm_invoice.eml",
        2,
        (1011,),
        ("2026-02-05",),
        "2026-02-05 21:14",
        request_subject(1011),
        "Guten Abend,\n\nTermin vom 05.02. bestätigt.\n\nEine Frage zur Rechnung: auf der "
        "Rechnung vom 30.01. steht MT mit 42 €, meine Kasse erstattet nur 35 €. Können Sie "
        "mir die GOÄ-Ziffer nennen?\n\nBeste Grüße\nThomas Becker",
        client="webde",
        reply="cr-1011",
        style="webde",
        staff=True,
        extra=("question",),
    )
    yes(
        "hl08_demir_copay_question.eml",
        3,
        (1020,),
        ("2026-03-11",),
        "2026-03-11 12:00",
        request_subject(1020),
        "Hallo, muss ich eigentlich die Zuzahlung bei Ihnen überweisen oder kommt da ein "
        "Brief? Meine Freundin hat gesagt 10 Euro pro Rezept plus 10 Prozent.\n\n"
        "Ach so und ja der Termin am 11.03. hat stattgefunden.\n\nAylin",
        client="iphone",
        reply="cr-1020",
        style="iphone",
        bottom=False,
        staff=True,
        extra=("question",),
    )
    yes(
        "hl09_richter_en_invoice.eml",
        8,
        (1051,),
        ("2026-06-03",),
        "2026-06-04 07:45",
        request_subject(1051),
        "Moin,\n\nja, MT gestern Abend (03.06.) hat stattgefunden.\n\nKönnen Sie mir die "
        "Rechnungen künftig als PDF schicken statt per Post? Meine private KV nimmt nur "
        "Uploads.\n\nGruß Jonas\n\nVon meinem iPhone gesendet",
        client="iphone",
        reply="cr-1051",
        style="iphone",
        staff=True,
        extra=("question",),
    )
    yes(
        "hl10_carter_en_receipt.eml",
        11,
        (1069,),
        ("2026-08-03",),
        "2026-08-03 15:30",
        request_subject(1069),
        "Hi there,\n\nI can confirm that my session on 3 August took place, thanks.\n\n"
        "Could you also send me a receipt for the sessions so far? My insurer in the UK "
        "needs an itemised invoice in English if at all possible.\n\nBest,\nEmily",
        client="gmail",
        reply="cr-1069",
        style="gmail_en",
        staff=True,
        extra=("question",),
    )
    yes(
        "hl11_vogel_bottom_invoice.eml",
        13,
        (1082,),
        ("2026-09-10",),
        "2026-09-10 09:15",
        request_subject(1082),
        "Behandlung am 10.09. hat stattgefunden.\n\nDie Rechnung für September bitte an "
        "die Kanzleiadresse (Vogel & Partner, Königsallee 14, 40212 Düsseldorf), nicht "
        "privat.\n\nDr. M. Vogel",
        client="outlook",
        reply="cr-1082",
        style="outlook_classic",
        bottom=True,
        staff=True,
        extra=("question",),
    )


def confirmations_with_prescriptions_and_forms() -> None:
    yes(
        "hl12_popescu_learner_prescription.eml",
        7,
        (1046,),
        ("2026-06-02",),
        "2026-06-02 14:20",
        request_subject(1046),
        "Guten Tag\n\nich bestätige Termin von 2.6. , war gut.\nIch habe neue Rezept von "
        "Hausarzt bekommen, noch 6 mal KG. Soll ich das schicken per Post oder Foto ist "
        "genug?\n\nDanke\nElena Popescu",
        client="yahoo",
        reply="cr-1046",
        style="yahoo",
        staff=True,
        extra=("forms",),
    )
    yes(
        "hl13_neumann_prescription_confirm.eml",
        9,
        (1056,),
        ("2026-07-07",),
        "2026-07-08 10:05",
        request_subject(1056),
        "Liebe Frau Therapeutin,\n\ndas Rezept ist abgelaufen, ich war gestern bei Dr. Brenner "
        "und bekomme ein neues, das bringt mein Sohn nächste Woche vorbei.\n\nDie "
        "Behandlung am Telefon am Dienstag, den 7. Juli, hat stattgefunden.\n\n"
        "Herzliche Grüße\nGisela Neumann",
        client="plain",
        reply="cr-1056",
        style="thunderbird",
        bottom=True,
        staff=True,
        extra=("forms",),
    )
    yes(
        "hl14_brandt_forms_sent.eml",
        10,
        (1063,),
        ("2026-07-03",),
        "2026-07-03 17:10",
        request_subject(1063),
        "Hallo,\n\nBehandlung von heute (03.07.) bestätigt. Den Anamnesebogen hab ich "
        "ausgefüllt, schicke ich heute Abend separat. Oder geht das auch über ein "
        "Online-Formular?\n\nLukas",
        client="plain",
        reply="cr-1063",
        style="gmail",
        staff=True,
        extra=("question",),
    )
    yes(
        "hl15_yildiz_forms_question.eml",
        12,
        (1075,),
        ("2026-08-05",),
        "2026-08-05 18:40",
        request_subject(1075),
        "Merhaba / Hallo,\n\nTermin 5.8. ist stattgefunden, ich bestätige.\n\nWelche "
        "Formular muss ich noch ausfüllen? Meine Tochter hilft mir, sie sagt es fehlt noch "
        "die Datenschutz Unterschrift.\n\nFatma Yıldız",
        client="webde",
        reply="cr-1075",
        style="webde",
        staff=True,
        extra=("forms",),
    )
    yes(
        "hl16_lehmann_new_prescription_later.eml",
        14,
        (1087,),
        ("2026-09-08",),
        "2026-09-09 08:12",
        request_subject(1087),
        "Guten Morgen,\n\nkurz zur Info: Meine Orthopädin hat mir am 1.9. ein Folgerezept "
        "(KG, 6x) ausgestellt, das Original liegt bei mir, soll ich es einscannen?\n\n"
        "Die Behandlung gestern, 08.09., fand statt.\n\nAnna Lehmann\n--\nUniversität "
        "Beispiel, Institut für Sportwissenschaft",
        client="thunderbird",
        reply="cr-1087",
        style="thunderbird",
        staff=True,
        extra=("forms",),
    )


def confirmations_with_complaints_and_contact() -> None:
    yes(
        "hl17_zimmermann_waiting.eml",
        15,
        (1093,),
        ("2026-10-05",),
        "2026-10-05 13:02",
        request_subject(1093),
        "Hallo\n\nalso die Behandlung am 5.10. hat stattgefunden, die volle halbe Stunde, ja. "
        "Aber ich hab vorher 20 Minuten am Telefon gewartet bis jemand angerufen hat, das ist nicht in Ordnung, ich hab mir extra "
        "frei genommen. Bitte nächstes Mal pünktlich oder Bescheid sagen.\n\nK. Zimmermann",
        client="plain",
        reply="cr-1093",
        style="outlook",
        staff=True,
        extra=("other",),
    )
    yes(
        "hl18_schaefer_new_mail_address.eml",
        16,
        (1098,),
        ("2026-10-07",),
        "2026-10-08 07:50",
        request_subject(1098),
        "Guten Morgen,\n\ndie Behandlung am 07.10. hat stattgefunden.\n\nBitte schreiben Sie "
        "mir künftig nur noch an die Kanzleiadresse b.schaefer@schaefer-steuerberatung.de, "
        "die private lese ich kaum.\n\nMit freundlichen Grüßen\nBirgit Schäfer",
        client="webde",
        reply="cr-1098",
        style="webde",
        staff=True,
        extra=("other",),
    )
    yes(
        "hl19_jansen_new_number_en.eml",
        17,
        (1104,),
        ("2026-10-22",),
        "2026-10-22 11:25",
        request_subject(1104),
        "hey, new phone number: 0157 33829104 (old one is gone since last week). and yes "
        "today's session took place, confirm 22.10.\ncheers Ole",
        client="gmail",
        reply="cr-1104",
        style="gmail_en",
        staff=True,
        extra=("other",),
    )
    yes(
        "hl20_koch_moved_address.eml",
        18,
        (1109,),
        ("2026-03-23",),
        "2026-03-24 10:00",
        request_subject(1109),
        "Sehr geehrtes Praxisteam,\n\nich bin umgezogen, meine neue Anschrift lautet: "
        "Lindenweg 7, 31134 Hildesheim. Die Telefonnummer bleibt gleich.\n\nDie telefonische "
        "Behandlung vom 23. März bestätige ich hiermit gerne.\n\nFreundliche Grüße\n"
        "Renate Koch",
        client="tonline",
        reply="cr-1109",
        style="tonline",
        staff=True,
        extra=("other",),
    )
    yes(
        "hl21_nowak_video_complaint.eml",
        19,
        (1116,),
        ("2026-11-06",),
        "2026-11-06 09:40",
        request_subject(1116),
        "Hi,\n\nconfirming the MT session this morning (06.11.), it took place.\n\nBut the "
        "video link only worked on the third try and we lost about 5 minutes at the start - "
        "could you check that before next Friday? The therapist still did the full time, "
        "so no complaint about that.\n\nDavid",
        client="plain",
        reply="cr-1116",
        style="thunderbird",
        staff=True,
        extra=("technical",),
    )


def confirmations_with_pain_and_endings() -> None:
    yes(
        "hl22_hartmann_pain_after.eml",
        20,
        (1120,),
        ("2026-11-03",),
        "2026-11-04 08:30",
        request_subject(1120),
        "Hallo,\n\nja, Termin am 3.11. hat stattgefunden. Seitdem tut mir aber der untere "
        "Rücken ziemlich weh, vor allem morgens beim Aufstehen. Ist das normal oder soll ich "
        "die Übungen erst mal weglassen?\n\nLG Leonie",
        client="webde",
        reply="cr-1120",
        style="webde",
        staff=True,
        extra=("question",),
    )
    yes(
        "hl23_wagner_end_thanks.eml",
        21,
        (1129,),
        ("2026-02-16",),
        "2026-02-16 12:15",
        request_subject(1129),
        "Liebes Team,\n\nheute war ja die letzte Stunde (16.02.) – bestätige ich natürlich! "
        "Vielen, vielen Dank für die tolle Begleitung in den letzten Wochen, mein Knie ist "
        "wie neu. Falls ich wieder was habe, melde ich mich.\n\nSophie Wagner",
        client="gmail",
        reply="cr-1129",
        style="gmail",
        staff=False,
        extra=("thanks",),
    )
    yes(
        "hl24_aydin_learner_pain.eml",
        22,
        (1130,),
        ("2026-02-19",),
        "2026-02-19 16:45",
        request_subject(1130),
        "Hallo\nbehandlung heute 19.02 ist gemacht ja. aber schulter jetzt mehr schmerzen als "
        "vorher, bei bewegung arm nach oben. ich mache weiter die übungen oder nicht? bitte "
        "rückruf\nMehmet Aydın",
        client="samsung",
        reply="cr-1130",
        style="samsung",
        staff=True,
        extra=("question",),
    )
    yes(
        "hl25_oneill_en_last_session.eml",
        23,
        (1141,),
        ("2026-05-19",),
        "2026-05-20 08:10",
        request_subject(1141),
        "Dear all,\n\nthat was my last session yesterday, 19 May, and yes, it took place as "
        "planned. Thank you so much for getting my back sorted out - I'll recommend you to "
        "my colleagues.\n\nKind regards,\nJames O'Neill",
        client="outlook",
        reply="cr-1141",
        style="outlook_en",
        staff=False,
        extra=("thanks",),
    )
    yes(
        "hl26_berger_pain_bottom.eml",
        24,
        (1142,),
        ("2026-05-06",),
        "2026-05-06 11:30",
        request_subject(1142),
        "Ja, hat stattgefunden, 6.5.\n\nNur eine Sache: nach der Übung mit dem Handtuch ist "
        "mir das Knie leicht geschwollen. Ich kühle es jetzt. Sollte ich mich bei meinem "
        "Arzt melden?\n\nUrsula Berger",
        client="plain",
        reply="cr-1142",
        style="gmail",
        bottom=True,
        staff=True,
        extra=("question",),
    )


def confirmations_mixed_more() -> None:
    yes(
        "hl27_krueger_two_and_invoice.eml",
        1,
        (1004, 1005),
        ("2026-02-03", "2026-02-10"),
        "2026-02-11 20:30",
        request_subject(1005),
        "Hallo nochmal,\n\nich hatte vergessen, die Stunde vom 3.2. zu bestätigen – also "
        "hiermit: 3.2. und 10.2. haben beide stattgefunden.\n\nIn der Rechnung vom 5.2. "
        "fehlt übrigens meine Versichertennummer, brauchen Sie die noch?\n\nSabine",
        client="webde",
        reply="cr-1005",
        style="webde",
        staff=True,
        extra=("question",),
    )
    yes(
        "hl28_hoffmann_confirm_both_and_form.eml",
        6,
        (1042, 1043),
        ("2026-05-18",),
        "2026-05-18 14:05",
        request_subject(1043),
        "Beide Termine heute (18.05., KGG früh und MT mittags) haben stattgefunden.\n\n"
        "Anbei/bald: die unterschriebene Abtretungserklärung für die Beihilfe, ich schicke "
        "sie morgen aus dem Büro.\n\nHoffmann",
        client="outlook",
        reply="cr-1043",
        style="outlook",
        staff=True,
        extra=("forms",),
    )
    yes(
        "hl29_richter_confirm_cancel_last.eml",
        8,
        (1054,),
        ("2026-06-24",),
        "2026-06-25 07:30",
        request_subject(1054),
        "Hi,\n\n24.6. bestätigt. Den Termin am 1.7. sage ich ab, ich bin ab dann in Elternzeit "
        "und melde mich im Herbst wieder, falls noch nötig. Danke für alles bis hierhin!\n\n"
        "Jonas",
        client="apple",
        reply="cr-1054",
        style="iphone",
        staff=True,
        extra=("cancellation",),
    )
    yes(
        "hl30_brandt_confirm_waiting_thanks.eml",
        10,
        (1064,),
        ("2026-07-10",),
        "2026-07-10 18:02",
        request_subject(1064),
        "Servus,\n\nheute (10.07.) war, passt, wir haben die volle Zeit gemacht. Kleine "
        "Bitte: Ich war um 16:00 im Raum, die Therapeutin kam aber erst 16:12 rein. Bitte kurz Bescheid geben, wenn sich "
        "was verzögert, dann mach ich solange was anderes.\n\nDanke, Lukas",
        client="plain",
        reply="cr-1064",
        style="gmail",
        staff=True,
        extra=("other",),
    )


def lookalikes() -> None:
    no(
        "hl31_becker_invoice_only.eml",
        2,
        ("question",),
        "2026-03-05 10:20",
        "Rechnung vom 02.03.2026",
        "Guten Tag,\n\nin der Rechnung vom 02.03. sind 9 Termine abgerechnet, ich komme nur "
        "auf 8. Können Sie das bitte prüfen?\n\nMit freundlichen Grüßen\nThomas Becker",
        client="webde",
    )
    no(
        "hl32_demir_prescription_date.eml",
        3,
        ("forms",),
        "2026-04-06 17:30",
        "Neues Rezept",
        "Hallo, mein neues Rezept ist vom 3.4. ausgestellt, ich schick ein Foto. Reicht "
        "das oder brauchen Sie das Original? Aylin",
        client="gmail",
    )
    no(
        "hl33_wolff_pain_since_monday.eml",
        4,
        ("question",),
        "2026-02-17 09:15",
        "Schmerzen",
        "Guten Morgen,\n\nseit der Behandlung am Freitag (13.2.) habe ich starke Schmerzen im "
        "Nacken, ich kann den Kopf kaum drehen. Soll ich am Freitag trotzdem mitmachen?\n\n"
        "H.-J. Wolff",
        client="tonline",
        dates=("2026-02-13",),
    )
    no(
        "hl34_popescu_new_number.eml",
        7,
        ("other",),
        "2026-06-12 20:00",
        "neue handynummer",
        "Hallo, meine neue Nummer seit 1.6. ist 0176 44120983. Die alte geht nicht mehr.\n"
        "Gruß Elena",
        client="yahoo",
    )
    no(
        "hl35_neumann_copay_letter.eml",
        9,
        ("question",),
        "2026-07-20 11:00",
        "Zuzahlung",
        "Sehr geehrte Damen und Herren,\n\nich habe am 10. Juli einen Brief wegen der "
        "Zuzahlung bekommen. Ich bin aber befreit, die Befreiung vom 2. Januar lege ich bei "
        "bzw. schicke sie nach.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain",
    )
    no(
        "hl36_carter_en_cancel_future.eml",
        11,
        ("cancellation",),
        "2026-08-12 08:00",
        "Next Monday",
        "Hi, since our session on Monday I've had a cold, so I'll have to cancel 17 August. "
        "Sorry! Emily",
        client="gmail",
        dates=("2026-08-10",),
    )
    no(
        "hl37_yildiz_cancelled_question.eml",
        12,
        ("question",),
        "2026-08-21 09:30",
        "Termin 19.8.",
        "Hallo, der Termin am 19.8. war ja abgesagt. Wird der nachgeholt oder fällt der "
        "ganz weg? Ich habe sonst nur noch 3 auf Rezept.\nFatma",
        client="webde",
    )
    no(
        "hl38_vogel_forms_request.eml",
        13,
        ("forms",),
        "2026-09-18 07:30",
        "Unterlagen Beihilfe",
        "Guten Morgen,\n\nfür die Beihilfe benötige ich zu Ihrer Rechnung vom 15.09. noch eine "
        "ärztliche Verordnung in Kopie und die Diagnose. Bitte per Mail.\n\nDr. Michael Vogel",
        client="outlook",
    )
    no(
        "hl39_schaefer_address_change.eml",
        16,
        ("other",),
        "2026-10-30 12:40",
        "Adressänderung",
        "Hallo,\n\nseit 15.10. wohne ich in der Hansastraße 22, 48155 Münster. Bitte die "
        "Rechnungen dorthin.\n\nBirgit Schäfer",
        client="webde",
        sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
    )
    no(
        "hl40_jansen_waiting_complaint.eml",
        17,
        ("other",),
        "2026-11-13 13:10",
        "Wartezeit gestern",
        "Hey, yesterday I waited 15 min in the video room before anyone showed up. Not great "
        "when I'm squeezing this into my lunch break. Is that going to be a thing? Ole",
        client="gmail",
        dates=("2026-11-12",),
    )
    no(
        "hl41_hartmann_end_wish.eml",
        20,
        ("question",),
        "2026-11-26 19:00",
        "Verlängerung?",
        "Hallo,\n\nmein Rezept vom 20.10. ist jetzt durch. Kann ich die Behandlung privat "
        "weitermachen und was kostet das?\n\nLeonie Hartmann",
        client="webde",
    )
    no(
        "hl42_berger_thanks_ending.eml",
        24,
        ("thanks",),
        "2026-06-11 10:00",
        "Danke",
        "Liebes Team,\n\ndie Therapie ist ja nun vorbei. Seit dem 1. Juni gehe ich wieder ohne "
        "Stock spazieren! Herzlichen Dank\n\nUrsula Berger",
        client="plain",
        staff=False,
    )


def main() -> None:
    load_practice()
    confirmations_with_moves()
    confirmations_with_money()
    confirmations_with_prescriptions_and_forms()
    confirmations_with_complaints_and_contact()
    confirmations_with_pain_and_endings()
    confirmations_mixed_more()
    lookalikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
