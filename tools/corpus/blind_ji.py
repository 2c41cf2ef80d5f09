"""Blind set JI: one ordinary October inbox of the practice, 40 mails, 31 confirmations.

Mostly short replies under our confirmation request, on the day or a few days later, from
the October patients (Dr. Vogel's early MT sessions, Anna Lehmann, Klaus Zimmermann on the
phone, Birgit Schäfer from two addresses, the new patient Ole Jansen); beside them late
replies people send when they finally clear their inbox, weeks or months after the session
(Gisela Neumann's and Lukas Brandt's July, Emily Carter's and Fatma Yıldız' August, Peter
Hoffmann's, Ursula Berger's and Elena Popescu's June, Jonas Richter's July). Some English,
some learners' German, a carer, a daughter, a grandson and a secretary writing for a
patient, a question, wish or remark beside some yeses. Nine look-alikes: a reply to a
reminder, a thank-you without a yes, a prescription question, a form sent in, a move, a
video problem, a missed session, a cancellation, and a patient who doubts a session.

Labels are what a careful practice employee would record: `confirmed` only the patient's
own scheduled, not yet confirmed appointments plainly confirmed as held; `dates` the days
the mail says a session took place (also partly); `needs_staff` when someone must look or
act (a question, a wish, a doubt, a session cut short, a day that matches no appointment).

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
    yes,
)
from tools.corpus.make_corpus import Label, human, pdf

HERE = data_dir("blind_ji")

VOGEL, LEHMANN, ZIMMERMANN, SCHAEFER, JANSEN = 13, 14, 15, 16, 17
HOFFMANN, POPESCU, RICHTER, NEUMANN, BRANDT, CARTER, YILDIZ, BERGER = 6, 7, 8, 9, 10, 11, 12, 24
SCHAEFER_WORK = "b.schaefer@schaefer-steuerberatung.de"

VOGEL_SIG = (
    "Mit freundlichen Grüßen\n\n"
    "Dr. Michael Vogel\n"
    "Rechtsanwalt | Fachanwalt für Arbeitsrecht\n"
    "Vogel & Partner Rechtsanwälte mbB\n"
    "Königsallee 14, 40212 Düsseldorf\n"
    "Tel. 0211 555 31 20"
)


def first_week() -> None:
    yes("ji01_vogel_1085.eml", VOGEL, (1085,), ("2026-10-01",), "2026-10-01 08:47",
        request_subject(1085), f"Termin am 01.10. hat stattgefunden.\n\n{VOGEL_SIG}",
        client="outlook", reply="cr-1085", style="outlook")  # fmt: skip
    yes("ji02_neumann_juli.eml", NEUMANN,
        (1056, 1057, 1058, 1059), ("2026-07-07", "2026-07-09", "2026-07-14", "2026-07-16"),
        "2026-10-01 17:20", "Bestätigung Behandlungen Juli",
        "Sehr geehrte Damen und Herren,\n\n"
        "ich habe erst jetzt gesehen, dass ich Ihnen noch die Behandlungen bestätigen soll,"
        " ich schaue nicht so oft in den Computer.\n"
        "Die Telefonbehandlungen am 7. Juli, 9. Juli, 14. Juli und 16. Juli habe ich alle"
        " gehabt. Bei den späteren im Juli weiß ich es nicht mehr genau, da muss ich erst in"
        " meinem Kalender nachsehen.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        staff=True, note="the later July sessions left open: a doubt staff follows up")  # fmt: skip
    yes("ji03_lehmann_september.eml", LEHMANN, (1089, 1090), ("2026-09-22", "2026-09-29"),
        "2026-10-02 10:40", "Bestätigung",
        "Hallo,\n\nich habe eure Mails total verpeilt, sorry! Die Termine am 22.9. und am 29.9."
        " haben beide stattgefunden.\n\nLG Anna Lehmann",
        client="thunderbird")  # fmt: skip
    yes("ji04_carter_sept07.eml", CARTER, (1074,), ("2026-09-07",), "2026-10-03 16:05",
        request_subject(1074, "Re"),
        "Hi,\n\nso sorry for the late reply, I've been travelling for work. Yes, the session on"
        " 7 September took place.\n\nBest,\nEmily",
        client="gmail", reply="cr-1074", style="gmail_en")  # fmt: skip
    yes("ji05_neumann_tochter.eml", NEUMANN, (1060, 1061, 1062),
        ("2026-07-21", "2026-07-23", "2026-07-28"), "2026-10-04 11:15",
        "Behandlungen meiner Mutter im Juli",
        "Guten Tag,\n\n"
        "ich schreibe für meine Mutter Gisela Neumann, sie hat Ihnen ja schon wegen Juli"
        " geschrieben. Wir haben jetzt zusammen in ihren Kalender geschaut: auch am 21.07.,"
        " 23.07. und 28.07. waren die Telefonbehandlungen, sie hat da jedes Mal mit Ihrer"
        " Therapeutin telefoniert.\n\n"
        "Viele Grüße\nPetra Neumann-Albers (Tochter)",
        name="Gisela Neumann")  # fmt: skip


def second_week() -> None:
    yes("ji06_zimmermann_1093.eml", ZIMMERMANN, (1093,), ("2026-10-05",), "2026-10-05 13:20",
        request_subject(1093),
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich die telefonische Behandlung am 05.10.2026.\n\n"
        "Mit freundlichen Grüßen\nKlaus Zimmermann",
        reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("ji07_lehmann_1091.eml", LEHMANN, (1091,), ("2026-10-06",), "2026-10-06 14:51",
        request_subject(1091), "ja, 6.10. hat stattgefunden 👍\n\nAnna",
        client="iphone", reply="cr-1091", style="iphone")  # fmt: skip
    no("ji08_schaefer_erinnerung.eml", SCHAEFER, ("question",), "2026-10-06 20:15",
       reminder_subject(1098),
       "Hallo,\n\ndanke für die Erinnerung, ich bin morgen dabei. Geht das eigentlich auch"
       " mit dem iPad? Am Laptop ist bei mir die Kamera so schlecht.\n\nViele Grüße\n"
       "Birgit Schäfer\n\nVon meinem iPhone gesendet",
       client="iphone", reply="rem-1098", style="iphone")  # fmt: skip
    yes("ji09_schaefer_1098.eml", SCHAEFER, (1098,), ("2026-10-07",), "2026-10-07 21:02",
        request_subject(1098),
        "Hallo, ja, die Behandlung heute (07.10.) hat stattgefunden. Mit dem iPad ging es"
        " prima, danke für den Tipp!\n\nBirgit Schäfer\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1098", style="iphone")  # fmt: skip
    yes("ji10_vogel_1086_rechnung.eml", VOGEL, (1086,), ("2026-10-08",), "2026-10-08 08:55",
        request_subject(1086),
        "Guten Morgen,\n\nBehandlung vom 08.10.2026 wahrgenommen.\n\n"
        "Bitte stellen Sie die Rechnungen ab sofort an die Kanzleiadresse (s. u.) aus, nicht"
        " mehr an meine Privatanschrift.\n\n" + VOGEL_SIG,
        client="outlook", reply="cr-1086", style="outlook", extra=("other",), staff=True,
        note="confirmed, and a change of billing address to enter")  # fmt: skip
    yes("ji11_yildiz_august_september.eml", YILDIZ, (1078, 1079, 1080),
        ("2026-08-26", "2026-09-02", "2026-09-09"), "2026-10-08 18:30", "Bestätigung Termine",
        "Guten Tag,\n\n"
        "ich bestätige das ich Behandlung hatte am 26.08 und 02.09 und 09.09 mit Telefon.\n"
        "Entschuldigung für späte Antwort, mein Sohn hat jetzt geholfen mit die E-Mail.\n\n"
        "Viele Grüße\nFatma Yıldız",
        client="webde")  # fmt: skip
    yes("ji12_vogel_september.eml", VOGEL, (1082, 1083, 1084),
        ("2026-09-10", "2026-09-17", "2026-09-24"), "2026-10-09 11:30",
        request_subject(1084),
        "Sehr geehrte Damen und Herren,\n\n"
        "Ihre Anfragen zu den Septemberterminen sind bei uns im Spamfilter gelandet."
        " Zur Klarstellung: Die Termine am 10.09., 17.09. und 24.09. habe ich jeweils"
        " wahrgenommen.\n\n" + VOGEL_SIG,
        client="outlook", reply="cr-1084", style="outlook_classic")  # fmt: skip
    yes("ji13_hoffmann_juni.eml", HOFFMANN, (1045,), ("2026-06-01",), "2026-10-10 15:00",
        request_subject(1045),
        "Guten Tag,\n\nbeim Aufräumen des Postfachs bin ich auf Ihre Mail gestoßen. Die"
        " Behandlung am 01.06. hat stattgefunden, entschuldigen Sie die Verzögerung.\n\n"
        "Gruß\nPeter Hoffmann",
        client="outlook", reply="cr-1045", style="outlook")  # fmt: skip
    yes("ji14_lehmann_sept08_15.eml", LEHMANN, (1087, 1088), ("2026-09-08", "2026-09-15"),
        "2026-10-11 19:20", request_subject(1088),
        "Oh, die hier ist auch untergegangen. Ja, der 15.9. hat stattgefunden, und der 8.9."
        " davor auch.\n\nAnna",
        client="gmail", reply="cr-1088", style="gmail")  # fmt: skip


def third_week() -> None:
    yes("ji15_zimmermann_pflegerin.eml", ZIMMERMANN, (1094,), ("2026-10-12",),
        "2026-10-12 14:10", request_subject(1094),
        "Guten Tag,\n\n"
        "ich bin die Pflegerin von Herr Zimmermann. Er sagt, die Telefon Behandlung heute am"
        " 12.10. war gut und hat stattgefunden. Er kann nicht so gut schreiben mit Computer,"
        " darum schreibe ich.\n\n"
        "Mit freundliche Grüße\nJolanta Wiśniewska (für Herrn Klaus Zimmermann)",
        reply="cr-1094", style="thunderbird")  # fmt: skip
    yes("ji16_lehmann_1092.eml", LEHMANN, (1092,), ("2026-10-13",), "2026-10-13 15:10",
        request_subject(1092),
        "Hallo,\n\nbestätige den Termin heute, 13.10. Die Übungen mit dem Theraband klappen"
        " inzwischen echt gut, die Schulter zieht kaum noch.\n\nViele Grüße\nAnna",
        client="thunderbird", reply="cr-1092", style="thunderbird",
        note="a remark about progress, nothing to do")  # fmt: skip
    yes("ji17_schaefer_buero.eml", SCHAEFER, (1099,), ("2026-10-14",), "2026-10-14 21:10",
        request_subject(1099),
        "Guten Abend,\n\n"
        "die Videobehandlung am 14.10.2026 hat stattgefunden.\n\n"
        "Freundliche Grüße\n\nBirgit Schäfer\nSteuerberaterin\n\n"
        "Steuerberatung Schäfer\nLindenstraße 3, 50674 Köln\nTel. 0221 987 65 40\n\n"
        "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige"
        " Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese"
        " E-Mail.",
        client="outlook", reply="cr-1099", style="outlook", sender=SCHAEFER_WORK,
        name="Birgit Schäfer")  # fmt: skip
    yes("ji18_zimmermann_tochter.eml", ZIMMERMANN, (1093, 1094), ("2026-10-05", "2026-10-12"),
        "2026-10-14 22:30", "Behandlungen Klaus Zimmermann",
        "Hallo zusammen,\n\n"
        "ich kümmere mich ab jetzt um die Mails meines Vaters. Er hat mir gesagt, dass die"
        " Telefonbehandlungen am 5.10. und 12.10. stattgefunden haben, falls Sie das noch"
        " brauchen.\n\n"
        "Liebe Grüße\nSandra Zimmermann-Roth",
        name="Klaus Zimmermann")  # fmt: skip
    no("ji19_lehmann_danke.eml", LEHMANN, ("thanks",), "2026-10-15 09:30",
       "Danke!",
       "Liebes Praxisteam,\n\n"
       "jetzt sind meine Termine ja durch und ich wollte einfach mal Danke sagen. Ich hätte"
       " nicht gedacht, dass das per Video so gut funktioniert. Die Schulter ist viel besser"
       " und ich mache die Übungen weiter.\n\n"
       "Herzliche Grüße\nAnna Lehmann",
       client="thunderbird", staff=False, note="a plain thank-you, no session confirmed")  # fmt: skip
    yes("ji20_brandt_august.eml", BRANDT, (1068,), ("2026-08-07",), "2026-10-15 19:40",
        request_subject(1068, "Re"),
        "Moin,\n\n07.08. war, sorry für die Verspätung.\n\nLukas",
        client="thunderbird", reply="cr-1068", style="thunderbird", bottom=True)  # fmt: skip
    no("ji21_zimmermann_rezept.eml", ZIMMERMANN, ("question",), "2026-10-16 10:05",
       "Rezept Klaus Zimmermann",
       "Guten Tag,\n\n"
       "auf dem Rezept meines Vaters sind nur noch zwei Behandlungen übrig. Der Hausarzt"
       " fragt, ob Sie eine Folgeverordnung brauchen und ob wir die im Original per Post"
       " schicken müssen oder ob ein Scan reicht.\n\n"
       "Viele Grüße\nSandra Zimmermann-Roth",
       name="Klaus Zimmermann")  # fmt: skip
    yes("ji22_berger_enkel.eml", BERGER, (1146, 1147), ("2026-06-03", "2026-06-10"),
        "2026-10-17 12:00", "Telefontermine Juni Ursula Berger",
        "Sehr geehrtes Praxisteam,\n\n"
        "meine Oma Ursula Berger hat mich gebeten, Ihnen zu schreiben: Ihre Telefontermine am"
        " 3. Juni und am 10. Juni haben beide stattgefunden. Sie hatte Ihre Mails erst jetzt"
        " bei meinem letzten Besuch gesehen, entschuldigen Sie bitte.\n\n"
        "Mit freundlichen Grüßen\nTim Berger",
        name="Ursula Berger")  # fmt: skip
    human("ji23_jansen_unterlagen.eml", sender=JANSEN, date="2026-10-18 11:20",
          subject="AW: Ihre Unterlagen für die Behandlung",
          body="Hej,\n\nhier die ausgefüllte Formulare, alle drei unterschrieben.\n\n"
          "Venlig hilsen / Viele Grüße\nOle Jansen",
          client="gmail", reply_to="fr-17", quote_style="gmail",
          files=(pdf("Anamnesebogen_Jansen.pdf", 2), pdf("Datenschutzerklaerung_Jansen.pdf"),
                 pdf("Einwilligung_Telebehandlung_Jansen.pdf")),
          label=Label(("forms",), patient=JANSEN,
                      forms=("anamnese", "datenschutz", "einwilligung_tele"),
                      note="the three forms a new patient sends, nothing else"))  # fmt: skip


def fourth_week() -> None:
    yes("ji24_zimmermann_1095_absage.eml", ZIMMERMANN, (1095,), ("2026-10-19",),
        "2026-10-19 12:58", request_subject(1095),
        "Sehr geehrte Damen und Herren,\n\n"
        "die Behandlung am 19.10. hat stattgefunden.\n"
        "Am nächsten Montag, den 26.10., kann ich leider nicht, wir sind bei unserer Tochter"
        " in Hamburg.\n\n"
        "Mit freundlichen Grüßen\nKlaus Zimmermann",
        reply="cr-1095", style="thunderbird", extra=("cancellation",), staff=True,
        note="26.10. is a cancellation, not a session")  # fmt: skip
    no("ji25_schaefer_verschieben.eml", SCHAEFER, ("reschedule",), "2026-10-20 07:55",
       "Termin 04.11. verschieben?",
       "Guten Morgen,\n\n"
       "am Mittwoch, 04.11., habe ich abends einen Mandantentermin. Könnten wir die"
       " Behandlung an dem Tag auf 17 Uhr vorziehen oder auf Donnerstag legen?\n\n"
       "Freundliche Grüße\nBirgit Schäfer\nSteuerberatung Schäfer",
       client="outlook", sender=SCHAEFER_WORK, name="Birgit Schäfer")  # fmt: skip
    yes("ji26_brandt_juli.eml", BRANDT, (1063, 1064, 1065, 1066, 1067),
        ("2026-07-03", "2026-07-10", "2026-07-17", "2026-07-24", "2026-07-31"),
        "2026-10-20 21:00", request_subject(1067, "Re"),
        "Und gleich noch hinterher, weil ich grad dabei bin: die Juli-Termine 03.07., 10.07.,"
        " 17.07., 24.07. und 31.07. haben alle stattgefunden.\n\nLukas",
        client="thunderbird", reply="cr-1067", style="thunderbird", bottom=True)  # fmt: skip
    yes("ji27_schaefer_1100.eml", SCHAEFER, (1100,), ("2026-10-21",), "2026-10-21 20:55",
        request_subject(1100), "Ja, hat stattgefunden (21.10.)\n\nLG Birgit",
        client="iphone", reply="cr-1100", style="iphone", bottom=True)  # fmt: skip
    no("ji28_jansen_video.eml", JANSEN, ("technical",), "2026-10-22 10:06",
       video_link_subject(1104),
       "Hello,\n\nI'm trying to join the video session right now but the page says the code"
       " is not valid. I tried Chrome and Firefox. Can you call me please? 0171 4455 862\n\n"
       "Ole",
       client="gmail", reply="vl-1104", style="gmail_en")  # fmt: skip
    yes("ji29_jansen_1104.eml", JANSEN, (1104,), ("2026-10-22",), "2026-10-22 12:15",
        request_subject(1104, "Re"),
        "Hi,\n\nthanks for calling me back this morning. In the end the link worked and we did"
        " the whole session, so yes, the treatment on 22 October took place.\n\n"
        "Best regards\nOle Jansen",
        client="gmail", reply="cr-1104", style="gmail_en")  # fmt: skip
    yes("ji30_carter_august.eml", CARTER, (1069, 1070, 1071, 1072),
        ("2026-08-03", "2026-08-10", "2026-08-17", "2026-08-24", "2026-08-31"),
        "2026-10-23 08:30", "Confirmation of my sessions in August",
        "Hello,\n\n"
        "I'm finally going through my inbox. I can confirm that my sessions on 3, 10, 17 and"
        " 24 August took place.\n\n"
        "The one on 31 August I had to leave after about 15 minutes because of an urgent work"
        " call, so I'm not sure how you want to handle that one.\n\n"
        "Kind regards,\nEmily Carter",
        client="gmail", staff=True,
        note="31 August held only in part: not confirmed, staff decides")  # fmt: skip
    yes("ji31_yildiz_august.eml", YILDIZ, (1075, 1076), ("2026-08-05", "2026-08-12"),
        "2026-10-24 10:10", request_subject(1076),
        "Hallo,\n\nam 5.8 und 12.8 ich hatte auch Behandlung, das habe ich vergessen zu"
        " schreiben. 19.8 war abgesagt.\n\nFatma Yıldız",
        client="webde", reply="cr-1076", style="webde",
        note="19.8. was cancelled and is no session")  # fmt: skip
    yes("ji32_popescu_juni.eml", POPESCU, (1046, 1047, 1048, 1049),
        ("2026-06-02", "2026-06-09", "2026-06-16", "2026-06-23"), "2026-10-25 18:45",
        "Bestätigung Termine Juni",
        "Guten Tag,\n\n"
        "ich bestätige Termine von Juni: 2. Juni, 9. Juni, 16. Juni und 23. Juni, alle mit"
        " Video gemacht. Am 30. Juni ich war krank und habe nicht gemacht, ich habe damals"
        " angerufen aber vielleicht ist nicht eingetragen.\n\n"
        "Mulțumesc und viele Grüße\nElena Popescu",
        client="yahoo", staff=True,
        note="30 June did not take place and may still stand as scheduled")  # fmt: skip
    yes("ji33_vogel_sekretariat.eml", VOGEL, (1085, 1086),
        ("2026-10-01", "2026-10-08", "2026-10-15"), "2026-10-26 09:15",
        "Terminbestätigung Dr. Vogel Oktober",
        "Sehr geehrte Damen und Herren,\n\n"
        "im Auftrag von Herrn Dr. Vogel bestätige ich Ihnen die Behandlungstermine am"
        " 01.10., 08.10. und 15.10.2026.\n\n"
        "Mit freundlichen Grüßen\n\ni. A. Melanie Kurz\nSekretariat Dr. Vogel\n"
        "Vogel & Partner Rechtsanwälte mbB",
        client="outlook", staff=True,
        note="15.10. matches no appointment of Dr. Vogel")  # fmt: skip


def last_days() -> None:
    yes("ji34_richter_juli.eml", RICHTER, (1055,), ("2026-07-01",), "2026-10-27 17:05",
        "Bestätigung Termin 01.07.",
        "Hallo,\n\n"
        "meine Krankenversicherung will für die Erstattung noch eine Bestätigung. Der Termin"
        " am 01.07. hat stattgefunden.\n\n"
        "Grüße\nJonas Richter",
        client="iphone")  # fmt: skip
    no("ji35_richter_juni_unsicher.eml", RICHTER, ("question",), "2026-10-27 21:40",
       request_subject(1053),
       "Hm, der 17.06.? Ich glaube, da hatten wir Termin, bin mir aber echt nicht mehr"
       " sicher, ob das nicht die Woche war, in der ich auf Dienstreise war. Können Sie mal"
       " nachschauen, ob ich da eingeloggt war?\n\nJonas",
       client="iphone", reply="cr-1053", style="iphone",
       note="the patient doubts the session himself: nothing to record")  # fmt: skip
    no("ji36_schaefer_verpasst.eml", SCHAEFER, ("other", "question"), "2026-10-28 20:40",
       request_subject(1101),
       "Oh nein, den Termin heute habe ich komplett verpasst, ich saß noch im Büro"
       " fest. Das tut mir sehr leid! Wird mir das jetzt berechnet?\n\n"
       "Birgit Schäfer\n\nVon meinem iPhone gesendet",
       client="iphone", reply="cr-1101", style="iphone",
       note="the session of 28.10. did not take place")  # fmt: skip
    yes("ji37_jansen_1105.eml", JANSEN, (1105,), ("2026-10-29",), "2026-10-29 11:40",
        request_subject(1105),
        "Hej,\n\nja die Behandlung am 29.10 war gut, hat stattgefunden. Heute die Video hat"
        " sofort funktioniert. Mein Rücken ist schon bisschen besser.\n\n"
        "Venlig hilsen\nOle",
        client="gmail", reply="cr-1105", style="gmail")  # fmt: skip
    no("ji38_zimmermann_absage_november.eml", ZIMMERMANN, ("cancellation",),
       "2026-10-30 08:20", "Absage Termin 2.11.",
       "Guten Morgen,\n\n"
       "mein Vater Klaus Zimmermann muss den Termin am Montag, 2.11., leider absagen. Er ist"
       " gestern gestürzt und liegt im Krankenhaus. Ich melde mich, wenn er wieder zu Hause"
       " ist.\n\n"
       "Viele Grüße\nSandra Zimmermann-Roth",
       name="Klaus Zimmermann")  # fmt: skip
    yes("ji39_schaefer_nochmal.eml", SCHAEFER, (1098,), ("2026-10-07",), "2026-10-30 19:00",
        request_subject(1098),
        "Hallo,\n\nnur zur Sicherheit: die Behandlung am 07.10. hat stattgefunden. Meine"
        " Antwort vom Handy ist vielleicht nicht angekommen.\n\nGruß\nBirgit Schäfer",
        reply="cr-1098", style="webde")  # fmt: skip
    yes("ji40_jansen_beide.eml", JANSEN, (1104, 1105), ("2026-10-22", "2026-10-29"),
        "2026-10-31 14:25", "Confirmation",
        "Hello,\n\n"
        "my German is not so good yet, so in English: both of my sessions,"
        " on 22 Oct and 29 Oct, took place. Just in case my earlier replies were not"
        " clear.\n\nHave a nice weekend\nOle",
        client="gmail")  # fmt: skip


def main() -> None:
    load_practice()
    first_week()
    second_week()
    third_week()
    fourth_week()
    last_days()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
