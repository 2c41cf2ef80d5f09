"""Blind set HV: look-alikes between plain confirmations.

Forty-five mails of the practice's patients: seventeen that mean to confirm a treatment
(fifteen plain ones, one that confirms only the first of two sessions on one day, one that
names a day on which the patient had no appointment) among twenty-eight that look like
confirmations and are not: a coming session accepted, the receipt of an invoice, a video
link, the forms or a prescription "bestätigt", "ich bestätige, dass der Termin NICHT
stattgefunden hat", a session cut short or spent waiting, a relative's or another doctor's
appointment, a misdirected mail about a child treated elsewhere, a yes to a question we did
not ask, an out-of-office reply under our request, an earlier confirmation quoted under a new
question, a short technical test call, cancellations and reschedules worded with
"bestätigen". Mostly German, some English and learners' German, many mail programs.

Labels say what a careful practice employee would record: `confirmed` only for the patient's
own scheduled, not yet confirmed appointment plainly said to have taken place in full;
`dates` the days the mail says a session of the patient took place (also partly);
`needs_staff` when someone has to look or act.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    video_link_subject,
    write_set,
    yes,
)
from tools.corpus.make_corpus import Label

HERE = data_dir("blind_hv")


def january_and_february() -> None:
    no("hv01_krueger_ja_dienstag_passt.eml", 1, ("other",), "2026-02-02 10:34",
       reminder_subject(1004),
       "Ja, Dienstag passt, ich bin um 10 Uhr online.\n\nLG Sabine",
       client="webde", reply="rem-1004", style="webde", staff=False,
       note="accepts the coming session of 03.02.; nothing has taken place yet")  # fmt: skip

    yes("hv02_wolff_freitag_telefonisch.eml", 4, (1029,), ("2026-01-23",), "2026-01-26 09:14",
        request_subject(1029),
        "Guten Morgen,\n\ndie Behandlung am Freitag, den 23. Januar, hat wie vereinbart "
        "telefonisch stattgefunden.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1029", style="tonline")  # fmt: skip

    yes("hv03_krueger_27_januar.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:10",
        request_subject(1003),
        "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden.\n\nViele Grüße\n"
        "Sabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip

    no("hv04_wagner_absage_bestaetigt.eml", 21, ("cancellation",), "2026-01-30 18:02",
       "Absage Montag",
       "Hallo Frau Brandes,\n\nwie heute am Telefon besprochen bestätige ich hiermit die "
       "Absage meines Termins am Montag, 02.02. Ich liege mit Grippe flach.\n"
       "Am 09.02. bin ich hoffentlich wieder fit.\n\nViele Grüße\nSophie Wagner",
       client="webde",
       note="confirms a cancellation, not a session; staff checks it is entered")  # fmt: skip

    no("hv05_wolff_alte_bestaetigung_zitiert.eml", 4, ("question",), "2026-02-04 16:47",
       "AW: AW: Bitte bestätigen Sie Ihre Behandlung vom 09.01.2026",
       "Guten Tag,\n\nich hätte noch eine Frage: Muss ich für die Behandlungen eigentlich "
       "eine Zuzahlung leisten, und wenn ja, bekomme ich dafür eine Rechnung? Meine Frau "
       "meint, bei der Telefonbehandlung sei das anders.\n\nMit freundlichen Grüßen\n"
       "H.-J. Wolff\n\n\n-----Original-Nachricht-----\n"
       "Betreff: AW: Bitte bestätigen Sie Ihre Behandlung vom 09.01.2026\n"
       "Datum: 2026-01-09T18:12:00+01:00\n"
       'Von: "H.-J. Wolff" <hj.wolff@t-online.de>\n'
       'An: "termine@praxis-impulse.de" <termine@praxis-impulse.de>\n\n\n'
       "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 09.01.2026 hat stattgefunden.\n\n"
       "Mit freundlichen Grüßen\nH.-J. Wolff",
       client="tonline",
       note="the confirmation of 09.01. is his own old mail, quoted; the new mail asks about "
            "the co-payment")  # fmt: skip

    yes("hv06_becker_mt_neunter.eml", 2, (1012,), ("2026-02-09",), "2026-02-09 19:41",
        request_subject(1012),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische Behandlung "
        "(MT) vom 09.02.2026.\n\nMit freundlichen Grüßen\nThomas Becker\n\n--\n"
        "Thomas Becker\nMobil 0171 5523 904",
        client="outlook", reply="cr-1012", style="outlook")  # fmt: skip

    no("hv07_becker_morgen_verschieben.eml", 2, ("reschedule",), "2026-02-22 18:05",
       reminder_subject(1016),
       "Hallo,\n\nmorgen passt es mir leider doch nicht, ich muss länger im Büro bleiben. "
       "Ginge stattdessen Dienstag, 24.02., um 18 Uhr? Sonst gern Mittwoch.\n\n"
       "Gruß\nT. Becker\n\nVon meinem iPhone gesendet",
       client="iphone", reply="rem-1016", style="iphone")  # fmt: skip

    no("hv08_becker_rechnung_erhalten.eml", 2, ("other",), "2026-03-09 08:20",
       "Ihre Rechnung 2026-0211",
       "Guten Morgen,\n\nhiermit bestätige ich den Erhalt Ihrer Rechnung Nr. 2026-0211 vom "
       "05.03. über die Behandlungen im Februar. Den Betrag überweise ich diese Woche.\n\n"
       "Mit freundlichen Grüßen\nThomas Becker",
       client="outlook", staff=False,
       note="confirms that an invoice arrived; no session day is named")  # fmt: skip


def march_and_april() -> None:
    yes("hv09_aydin_zwei_termine.eml", 22, (1132, 1133), ("2026-03-05", "2026-03-12"),
        "2026-03-12 14:22", request_subject(1133),
        "hallo,\nich bestätige beide termine, 5.3. und 12.3., die hatten beide stattgefunden. "
        "die mail von letzter woche hab ich übersehen sorry\n\ngruß mehmet",
        client="plain", reply="cr-1133", style="thunderbird")  # fmt: skip

    yes("hv10_demir_elfter.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 10:22",
        request_subject(1020),
        "Ja hat stattgefunden am 11.3 😊\nLG Aylin\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1020", style="iphone")  # fmt: skip

    no("hv11_aydin_haette_gern_bestaetigt.eml", 22, ("other",), "2026-03-19 15:10",
       request_subject(1134),
       "Hallo,\n\nich hätte gern bestätigt, aber ich wurde am 19.03. gar nicht angerufen. "
       "Ich habe bis viertel nach eins neben dem Telefon gesessen. Bitte klären Sie das, "
       "und bitte nicht abrechnen.\n\nGruß\nMehmet Aydın",
       client="plain", reply="cr-1134", style="thunderbird",
       note="the call did not take place")  # fmt: skip

    no("hv12_demir_tochter_falsche_adresse.eml", 3, ("other",), "2026-03-25 17:20",
       "Bestätigung Elif",
       "Hallo Frau Kaya,\n\nhiermit bestätige ich, dass Elif heute (25.03.) ihre "
       "Krankengymnastik bei Ihnen hatte. Die neue Verordnung vom Kinderarzt bringe ich "
       "nächste Woche in der Praxis vorbei.\n\nLiebe Grüße\nAylin Demir",
       client="gmail",
       note="meant for the daughter's practice (Frau Kaya); Aylin's own session of the same "
            "day is not what she confirms")  # fmt: skip

    no("hv13_demir_absage_erster_april.eml", 3, ("cancellation",), "2026-03-27 11:48",
       "Termin 1. April",
       "Hallo,\n\nwie telefonisch besprochen bestätige ich die Absage meines Termins am "
       "1. April (Osterferien, wir sind weg). Am 8. April bin ich wieder dabei!\n\n"
       "LG Aylin Demir",
       client="gmail",
       note="confirms a cancellation; staff checks it is entered")  # fmt: skip

    no("hv14_koch_ehemann.eml", 18, ("other",), "2026-03-31 09:10",
       "Behandlung meines Mannes",
       "Guten Morgen,\n\nich möchte Ihnen bestätigen, dass mein Mann Walter Koch am Montag "
       "(30.03.) seine telefonische Behandlung bei Ihrer Kollegin hatte. Er hat keine eigene "
       "E-Mail-Adresse, deshalb schreibe ich für ihn. Er ist bei Ihnen als eigener Patient "
       "geführt.\n\nMeine eigene Behandlung morgen findet wie gewohnt statt.\n\n"
       "Freundliche Grüße\nRenate Koch",
       client="tonline",
       note="the husband's session, not Renate's; her own appointment of 30.03. is not "
            "mentioned")  # fmt: skip

    yes("hv15_oneill_28th.eml", 23, (1138,), ("2026-04-28",), "2026-04-29 07:55",
        request_subject(1138, "RE"),
        "Hi there,\n\nConfirmed - the session on 28 April took place. All good, the neck is "
        "much better.\n\nCheers,\nJames",
        client="outlook", reply="cr-1138", style="outlook_en")  # fmt: skip

    no("hv16_oneill_confirm_tomorrow.eml", 23, ("other",), "2026-04-20 20:05",
       reminder_subject(1137, "RE"),
       "Hi,\n\nI confirm my appointment tomorrow at 7.30pm. Same number as last time.\n\n"
       "Cheers,\nJames O'Neill",
       client="outlook", reply="rem-1137", style="outlook_en", staff=False,
       note="accepts the session of 21.04. the day before")  # fmt: skip

    no("hv17_schulz_nicht_stattgefunden.eml", 5, ("other",), "2026-04-30 17:38",
       request_subject(1036),
       "Hallo,\n\nich bestätige hiermit, dass der Termin am 30.04. NICHT stattgefunden hat. "
       "Ich war ab halb vier im Videoraum, aber es kam niemand dazu. Bitte nicht "
       "abrechnen!\n\nMarie Schulz",
       client="plain", reply="cr-1036", style="thunderbird", bottom=True,
       note="confirms that the session did not take place")  # fmt: skip


def may_and_june() -> None:
    no("hv18_hoffmann_link_erhalten.eml", 6, ("other",), "2026-05-23 07:12",
       video_link_subject(1044, "AW"),
       "Link erhalten, danke. Ich bestätige den Termin am Dienstag, 26.05., 7:30 Uhr.\n\n"
       "P. Hoffmann",
       client="outlook", reply="vl-1044", style="outlook", staff=False,
       note="confirms receipt of the link and the coming session")  # fmt: skip

    no("hv19_hoffmann_ja_super.eml", 6, ("other",), "2026-05-11 09:26",
       request_subject(1041),
       "Ja, super. Nachdem ich 20 Minuten im virtuellen Wartezimmer gesessen habe, waren es "
       "am Ende knapp 10 Minuten Übungen, dann war Schluss, weil der nächste Patient "
       "wartete. Das als volle Behandlung abzurechnen finde ich schon sportlich.\n\n"
       "Peter Hoffmann",
       client="outlook", reply="cr-1041", style="outlook", dates=("2026-05-11",),
       note="sarcastic complaint: ten minutes of a session, not held in full")  # fmt: skip

    yes("hv20_hoffmann_frueh_ja_mittag_nein.eml", 6, (1042,), ("2026-05-18",),
        "2026-05-18 14:20", request_subject(1043),
        "Hallo,\n\ndie KGG heute früh um 7:30 hat stattgefunden. Die MT um 12:30 leider "
        "nicht, ich saß in einer Besprechung und habe den Link verpasst. Tut mir leid – "
        "können wir die nachholen?\n\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook", staff=True,
        extra=("reschedule",),
        note="only the morning session of 18.05. took place; the noon one was missed")  # fmt: skip

    no("hv21_schulz_feiertag.eml", 5, ("question",), "2026-05-10 19:30",
       "Nächste Termine",
       "Hallo,\n\nich bestätige den nächsten Termin am 21.05. Der am 14. fällt ja wegen "
       "Himmelfahrt aus, oder? Dann muss ich mir da nichts freinehmen.\n\n"
       "Danke und liebe Grüße\nMarie Schulz",
       client="plain")  # fmt: skip

    yes("hv22_berger_mittwoch.eml", 24, (1144,), ("2026-05-20",), "2026-05-20 16:42",
        request_subject(1144),
        "Sehr geehrte Damen und Herren,\n\nich bestätige Ihnen gerne, dass die telefonische "
        "Behandlung am Mittwoch, dem 20. Mai, stattgefunden hat. Es hat mir wieder sehr gut "
        "getan.\n\nMit freundlichen Grüßen\nUrsula Berger",
        client="plain", reply="cr-1144", style="outlook_classic", extra=("thanks",))  # fmt: skip

    no("hv23_berger_zahnarzt.eml", 24, ("cancellation",), "2026-05-26 16:05",
       "Termin morgen",
       "Guten Tag,\n\nich war heute beim Zahnarzt, der Termin hat stattgefunden und der "
       "Weisheitszahn ist raus. Ich soll die nächsten Tage möglichst wenig sprechen, darum "
       "muss ich die Behandlung morgen, 27.5., leider absagen.\n\nMit freundlichen Grüßen\n"
       "Ursula Berger",
       client="plain",
       note="the session that took place was at the dentist; cancels 27.05.")  # fmt: skip

    no("hv24_popescu_formulare.eml", 7, ("forms",), "2026-05-29 13:15",
       "AW: Ihre Unterlagen für die Behandlung",
       "Hallo,\nich bestätige das ich die Formulare bekommen habe. Ich schicke diese bis "
       "Wochenende ausgefüllt zurück.\nVielen Dank\nElena Popescu",
       client="yahoo", reply="fr-7", style="yahoo", staff=False,
       note="confirms receiving the forms request; nothing attached")  # fmt: skip

    no("hv25_richter_ja_gerne_nochmal.eml", 8, ("other",), "2026-06-10 21:03",
       request_subject(1052),
       "Ja gerne, nächsten Mittwoch wieder 18 Uhr passt mir 👍\n\nJonas",
       client="iphone", reply="cr-1052", style="iphone",
       note="answers a question about the next slot that we did not ask; says nothing about "
            "10.06.")  # fmt: skip

    no("hv26_popescu_internet_weg.eml", 7, ("technical", "question"), "2026-06-16 13:02",
       request_subject(1048),
       "Hallo,\ntermin 16.06 hat angefangen aber nach 15 minuten internet war weg und ich "
       "konnte nicht mehr rein. Also nur halbe Behandlung. Was mache ich jetzt, muss ich "
       "bestätigen?\nElena",
       client="yahoo", reply="cr-1048", style="yahoo", dates=("2026-06-16",),
       note="session broken off after 15 minutes")  # fmt: skip


def july_to_september() -> None:
    no("hv27_neumann_zaehlt_das.eml", 9, ("question",), "2026-07-14 17:45",
       request_subject(1058),
       "Guten Tag,\n\nwir hatten am 14.7. nur etwa 10 Minuten telefoniert, dann musste Ihre "
       "Kollegin wegen eines Notfalls abbrechen. Zählt das jetzt als Behandlung? Ich möchte "
       "nicht, dass mir eine Einheit von meinem Rezept verloren geht.\n\n"
       "Mit freundlichen Grüßen\nGisela Neumann",
       client="plain", reply="cr-1058", style="thunderbird", dates=("2026-07-14",),
       note="a ten-minute call; she asks whether it counts")  # fmt: skip

    no("hv28_brandt_orthopaede.eml", 10, ("other",), "2026-07-15 18:30",
       "Kurze Info",
       "Hallo,\n\nkurze Info: Ich hatte heute meinen Termin beim Orthopäden (Dr. Sommer), der "
       "hat stattgefunden, und er empfiehlt, die KG fortzusetzen. Er stellt mir eine neue "
       "Verordnung über 6x KG aus, die schicke ich Ihnen, sobald ich sie habe.\n\n"
       "Bis Freitag!\nLukas Brandt",
       client="thunderbird",
       note="another doctor's appointment; a new prescription is coming")  # fmt: skip

    yes("hv29_brandt_donnerstag_statt_freitag.eml", 10, (), ("2026-07-09",), "2026-07-11 10:05",
        request_subject(1064),
        "Hallo,\n\nhiermit bestätige ich die Behandlung am Donnerstag, 09.07.2026.\n\n"
        "Gruß\nLukas Brandt",
        client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True, staff=True,
        note="names Thursday 09.07., a day without an appointment (his was Friday 10.07.)")  # fmt: skip

    yes("hv30_carter_tenth_august.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 15:02",
        request_subject(1070, "Re"),
        "Hi,\n\nyes - confirming that my session on 10 August took place.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip

    yes("hv31_yildiz_zwoelfter.eml", 12, (1076,), ("2026-08-12",), "2026-08-12 13:40",
        request_subject(1076),
        "Hallo\nich bestetige Termin 12.08 war gemacht am Telefon.\nDanke\nFatma Yildiz\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1076", style="samsung")  # fmt: skip

    no("hv32_yildiz_war_abgesagt.eml", 12, ("question",), "2026-08-19 12:25",
       request_subject(1077),
       "Hallo\nTermin am 19.08 war abgesagt oder? Ich habe Mail bekommen bitte bestätigen. "
       "Ich kann nicht bestätigen weil es war nicht.\nFatma",
       client="samsung", reply="cr-1077", style="samsung",
       note="the appointment was cancelled; she asks why she got the request")  # fmt: skip

    no("hv33_carter_cant_confirm.eml", 11, ("question",), "2026-08-24 14:10",
       request_subject(1072, "Re"),
       "Hi,\n\nI can't confirm this one I'm afraid - I was travelling today and I thought "
       "we'd moved it to Wednesday? Could you check please.\n\nEmily",
       client="gmail", reply="cr-1072", style="gmail_en")  # fmt: skip

    yes("hv34_lehmann_fuenfzehnter.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 15:20",
        request_subject(1088),
        "Hallo,\n\nich bestätige, dass die Videobehandlung am 15.09. stattgefunden hat.\n\n"
        "Beste Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1088", style="thunderbird", bottom=True)  # fmt: skip

    yes("hv35_vogel_siebzehnter.eml", 13, (1083,), ("2026-09-17",), "2026-09-17 09:02",
        request_subject(1083),
        "Bestätigt: Behandlung am 17.09.2026 hat stattgefunden.\n\n"
        "Dr. Michael Vogel\nVogel & Partner Rechtsanwälte\nTel. 0221 480 33-0",
        client="outlook", reply="cr-1083", style="outlook_classic")  # fmt: skip

    mc.human("hv36_vogel_abwesenheit.eml", sender=13, date="2026-09-24 08:30",
             subject="Automatische Antwort: Bitte bestätigen Sie Ihre Behandlung vom 24.09.2026",
             body="Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 02.10.2026 "
                  "nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In "
                  "dringenden Fällen wenden Sie sich bitte an Frau Ernst "
                  "(sekretariat@vogel-partner.de, 0221 480 33-12).\n\nDr. Michael Vogel",
             client="outlook", reply_to="cr-1084",
             extra_headers=[("Auto-Submitted", "auto-replied"),
                            ("X-Auto-Response-Suppress", "All")],
             label=Label(("auto_reply",), patient=13, needs_staff=False,
                         note="out-of-office reply under our request"))  # fmt: skip

    no("hv37_lehmann_erinnerung_theraband.eml", 14, ("question",), "2026-09-28 13:40",
       reminder_subject(1090),
       "Danke für die Erinnerung, ich bestätige den Termin morgen um 13 Uhr. Eine Frage "
       "noch: brauche ich für die Übungen ein Theraband, oder reicht ein Handtuch?\n\n"
       "Anna",
       client="thunderbird", reply="rem-1090", style="thunderbird",
       note="accepts tomorrow's session and asks a question")  # fmt: skip


def october_to_december() -> None:
    no("hv38_zimmermann_verordnung.eml", 15, ("other",), "2026-10-20 10:15",
       "Folgeverordnung",
       "Guten Tag,\n\nhiermit bestätige ich Ihnen, dass die Folgeverordnung von meinem "
       "Hausarzt angekommen ist (ausgestellt am 16.10.). Ich schicke sie Ihnen heute mit der "
       "Post.\n\nMit freundlichen Grüßen\nKlaus Zimmermann",
       client="plain",
       note="confirms that a prescription arrived")  # fmt: skip

    yes("hv39_schaefer_buero_einundzwanzigster.eml", 16, (1100,), ("2026-10-21",),
        "2026-10-22 08:12", request_subject(1100),
        "Hallo zusammen,\n\nBehandlung vom 21.10. hat stattgefunden, danke.\n\n"
        "Birgit Schäfer\n\nSchäfer Steuerberatung\nTel. 06151 77 20 40",
        client="outlook", reply="cr-1100", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer")  # fmt: skip

    no("hv40_schaefer_andere_adresse.eml", 16, ("other",), "2026-11-05 08:40",
       request_subject(1102),
       "Guten Morgen,\n\nbitte schicken Sie diese Anfragen künftig an meine private Adresse "
       "birgit.schaefer@gmx.net – im Büro gehen sie regelmäßig unter.\n\nDanke!\n"
       "Birgit Schäfer",
       client="outlook", reply="cr-1102", style="outlook",
       sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
       note="answers our request with a change of address, not a confirmation")  # fmt: skip

    no("hv41_hartmann_testanruf.eml", 20, ("technical",), "2026-11-02 16:30",
       video_link_subject(1120),
       "Hallo,\n\nich bestätige, dass der Technik-Test heute geklappt hat – Ihre Kollegin hat "
       "kurz angerufen (5 Min.), Kamera und Ton funktionieren. Bis morgen!\n\n"
       "Leonie Hartmann",
       client="webde", reply="vl-1120", style="webde", staff=False,
       note="a short technical test call before the first session, not a treatment")  # fmt: skip

    no("hv42_zimmermann_verschlafen.eml", 15, ("cancellation", "reschedule"),
       "2026-11-02 12:51", request_subject(1097),
       "Hallo,\n\nheute ging es leider nicht, ich war beim Arzt und hatte das gestern auf "
       "Ihren Anrufbeantworter gesprochen. Bitte nicht berechnen. Können wir das "
       "nachholen, am liebsten Donnerstag vormittag?\n\nKlaus Zimmermann",
       client="plain", reply="cr-1097", style="gmail")  # fmt: skip

    yes("hv43_jansen_moin.eml", 17, (1106,), ("2026-11-05",), "2026-11-05 12:03",
        request_subject(1106, "Re"),
        "Moin,\njo, der Termin am 5.11. hat stattgefunden.\nGruß Ole",
        client="gmail", reply="cr-1106", style="gmail")  # fmt: skip

    yes("hv44_nowak_dreizehnter.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 10:18",
        request_subject(1117, "Re"),
        "Guten Tag,\n\nhiermit bestätige ich die Behandlung am 13.11.2026.\n\nDavid Nowak",
        client="plain", reply="cr-1117", style="thunderbird")  # fmt: skip

    yes("hv45_hartmann_spaet.eml", 20, (1121,), ("2026-11-10",), "2026-11-28 22:47",
        request_subject(1121),
        "Sorry für die späte Antwort!! Ja, die Stunde am 10.11. hat stattgefunden.\n\n"
        "Liebe Grüße, Leonie",
        client="iphone", reply="cr-1121", style="iphone")  # fmt: skip


def main() -> None:
    load_practice()
    january_and_february()
    march_and_april()
    may_and_june()
    july_to_september()
    october_to_december()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
