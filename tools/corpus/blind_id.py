"""Blind set ID: one ordinary October 2026 inbox, written mostly from phones.

40 mails that reach the practice between 1 and 31 October 2026: 32 confirmations and 8
look-alikes. The confirmations are replies under our request the same evening, a day or
two later or months late (June to September sessions found while tidying the mailbox),
new mails listing several days, a yes in the subject only, a bare "Ja" with "Von meinem
iPhone gesendet", voice dictation without punctuation, all lowercase, missing umlauts,
learners' German, English, a daughter writing from her mother's account, a mother for her
child, and a wish, a question or a doubt beside the yes. The look-alikes are an
out-of-office reply, a question about the video link, an illness cancellation, a request
to move a coming first session, a missed session, a session cut short, a thank-you
without a yes and a question about a new prescription.

Labels say what a careful practice employee would record: `confirmed` only the
patient's own scheduled, not yet confirmed sessions plainly confirmed as held; `dates` the
days the patient names as days a session took place (also partly); `needs_staff` when
someone has to look or act.

Written without reading rules/, the canonical table or the earlier blind sets' mails.

    python -m tools.corpus.blind_id    # writes tests/data/blind_id/
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
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_id")

IPHONE = "\n\nVon meinem iPhone gesendet"


def first_week() -> None:
    yes("id01_vogel_heute_frueh.eml", 13, (1085,), ("2026-10-01",), "2026-10-01 08:52",
        request_subject(1085),
        "Bestätigt: Behandlung heute, 01.10.2026, 7:00 Uhr.\n\nMfG\nM. Vogel",
        client="outlook", reply="cr-1085", style="outlook")  # fmt: skip
    yes("id02_yildiz_september_spaet.eml", 12, (1079, 1080), ("2026-09-02", "2026-09-09"),
        "2026-10-01 19:12", request_subject(1080),
        "Hallo,\nEntschuldigung fur spat antwort. Telefon Termin 2.9 und 9.9 war, alles gut."
        "\nDanke\nFatma Yildiz",
        client="samsung", reply="cr-1080", style="samsung",
        note="learners' German, two September sessions, three weeks late")  # fmt: skip
    yes("id03_carter_september_late.eml", 11, (1074,), ("2026-09-07",), "2026-10-02 12:40",
        request_subject(1074, "Re"),
        "Hi,\n\nsorry - only just seen this! Yes, my session on Monday 7th September went"
        " ahead as planned.\n\nBest,\nEmily",
        client="gmail", reply="cr-1074", style="gmail_en")  # fmt: skip
    yes("id04_lehmann_kleinschrift.eml", 14, (1090,), ("2026-09-29",), "2026-10-02 22:15",
        request_subject(1090),
        "hi, ja der termin am 29.9. hat stattgefunden, sorry dass es so lange gedauert hat"
        "\nlg anna",
        client="iphone", reply="cr-1090", style="iphone")  # fmt: skip
    yes("id05_vogel_nach_urlaub.eml", 13, (1082, 1083, 1084),
        ("2026-09-03", "2026-09-10", "2026-09-17", "2026-09-24"), "2026-10-03 10:05",
        "Bestätigung Behandlungen September",
        "Sehr geehrte Damen und Herren,\n\nnach meinem Urlaub arbeite ich meine Post ab."
        " Hiermit bestätige ich die Videobehandlungen (MT) vom 10.09., 17.09. und"
        " 24.09.2026. Die Behandlung vom 03.09. hatte ich ja bereits direkt bestätigt.\n\n"
        "Mit freundlichen Grüßen\n\nDr. med. Michael Vogel\nVogel & Partner"
        " Allgemeinmedizin\nTel. 0221 4471203",
        client="outlook",
        note="3 Sept is named as held but was confirmed before: a date, not a confirmation")  # fmt: skip
    yes("id06_neumann_juli_gefunden.eml", 9, (1062,), ("2026-07-28",), "2026-10-04 11:20",
        request_subject(1062),
        "Guten Tag,\n\nentschuldigen Sie bitte die späte Antwort, ich habe Ihre Mail erst"
        " jetzt in einem anderen Ordner gefunden.\nDie Behandlung am 28. Juli hat"
        " stattgefunden.\n\nFreundliche Grüße\nGisela Neumann",
        client="thunderbird", reply="cr-1062", style="thunderbird")  # fmt: skip
    yes("id07_brandt_august_unten.eml", 10, (1068,), ("2026-08-07",), "2026-10-05 09:30",
        request_subject(1068, "Re"),
        "ja, hat stattgefunden (7.8.). Sorry, ist im Urlaub untergegangen.\n\nLukas",
        client="thunderbird", reply="cr-1068", style="thunderbird", bottom=True)  # fmt: skip
    yes("id08_zimmermann_foermlich.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 14:02",
        request_subject(1093),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, daß die telefonische"
        " Behandlung am heutigen Montag, den 5.10.2026, stattgefunden hat.\n\n"
        "Mit freundlichen Grüßen\n\nKlaus Zimmermann",
        client="outlook", reply="cr-1093", style="outlook_classic")  # fmt: skip
    human("id09_lehmann_abwesend.eml", sender=14, date="2026-10-06 14:31",
          subject="Abwesenheitsnotiz: Bitte bestätigen Sie Ihre Behandlung vom 06.10.2026",
          body="Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 9. Oktober auf"
          " einer Tagung und lese meine E-Mails nur unregelmäßig. In dringenden Fällen wenden"
          " Sie sich bitte an das Sekretariat des Lehrstuhls.\n\nMit freundlichen Grüßen\n"
          "Anna Lehmann",
          reply_to="cr-1091", extra_headers=(("Auto-Submitted", "auto-replied"),),
          label=Label(("auto_reply",), patient=14,
                      note="out-of-office reply to our request; nothing to record"))  # fmt: skip
    yes("id10_lehmann_daumen.eml", 14, (1091,), (), "2026-10-06 21:03",
        request_subject(1091),
        "Ja hat stattgefunden 👍" + IPHONE,
        client="iphone", reply="cr-1091", style="iphone",
        note="yes under our request; the day only in the quoted request")  # fmt: skip


def second_week() -> None:
    yes("id11_schaefer_buero.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 07:58",
        request_subject(1098),
        "Guten Morgen,\n\ndie Behandlung gestern Abend (07.10.) hat stattgefunden.\n\n"
        "Viele Grüße\nB. Schäfer\n\n--\nSchäfer Steuerberatung\nBirgit Schäfer,"
        " Steuerberaterin\nLindenstraße 12, 50674 Köln\nTel. 0221 9182-40, Fax 0221 9182-49",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address, the office one")  # fmt: skip
    yes("id12_vogel_diktiert.eml", 13, (1086,), ("2026-10-08",), "2026-10-08 09:14",
        request_subject(1086),
        "bestätige Termin vom 8 Oktober Video hat stattgefunden Gruß Vogel" + IPHONE,
        client="iphone", reply="cr-1086", style="iphone",
        note="dictated in the car, no punctuation")  # fmt: skip
    yes("id13_carter_august_list.eml", 11, (1069, 1070, 1071),
        ("2026-08-03", "2026-08-10", "2026-08-17"), "2026-10-09 20:30",
        "Confirming my August sessions",
        "Hello,\n\nI realised I never replied to your emails about my sessions in August -"
        " apologies! I can confirm that the video sessions on 3, 10 and 17 August all took"
        " place.\n\nKind regards,\nEmily Carter",
        client="gmail")  # fmt: skip
    yes("id14_neumann_tochter.eml", 9, (1056, 1057, 1058, 1059),
        ("2026-07-07", "2026-07-09", "2026-07-14", "2026-07-16"), "2026-10-10 16:22",
        "Behandlungen meiner Mutter im Juli",
        "Sehr geehrte Damen und Herren,\n\nich schreibe im Auftrag meiner Mutter, Frau"
        " Gisela Neumann, die mit dem Computer nicht so gut zurechtkommt. Sie hat mich"
        " gebeten, Ihnen mitzuteilen, dass die telefonischen Behandlungen am 7., 9., 14."
        " und 16. Juli stattgefunden haben.\n\nMit freundlichen Grüßen\nPetra Sieg"
        " (geb. Neumann)",
        client="thunderbird",
        note="the daughter writes from the patient's own address about her own sessions")  # fmt: skip
    yes("id15_carter_two_more.eml", 11, (1072, 1073), ("2026-08-24", "2026-08-31"),
        "2026-10-11 10:47", request_subject(1073, "Re"),
        "Yes - both the 24th and the 31st (August) happened. Sorry again for the delay!\n\n"
        "Emily\n\nSent from my iPhone",
        client="iphone", reply="cr-1073", style="iphone")  # fmt: skip
    yes("id16_zimmermann_spracheingabe.eml", 15, (1094,), ("2026-10-12",), "2026-10-12 12:51",
        request_subject(1094),
        "Ja die Behandlung heute am 12. Oktober hat stattgefunden vielen Dank und bis"
        " nächste Woche Klaus Zimmermann" + IPHONE,
        client="iphone", reply="cr-1094", style="iphone",
        note="voice dictation, no punctuation")  # fmt: skip
    yes("id17_lehmann_letzte_stunde.eml", 14, (1092,), ("2026-10-13",), "2026-10-13 15:10",
        request_subject(1092),
        "Hallo,\n\nheute (13.10.) war ja die letzte Stunde - hat stattgefunden. Vielen Dank"
        " für die Geduld mit meiner Schulter, die Übungen mache ich weiter!\n\n"
        "Viele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1092", style="thunderbird")  # fmt: skip
    yes("id18_schaefer_ja.eml", 16, (1099,), (), "2026-10-14 20:47",
        request_subject(1099),
        "Ja" + IPHONE,
        client="iphone", reply="cr-1099", style="iphone",
        sender="birgit.schaefer@gmx.net",
        note="a bare yes under our request")  # fmt: skip


def third_week() -> None:
    yes("id19_yildiz_august.eml", 12, (1075, 1076, 1078),
        ("2026-08-05", "2026-08-12", "2026-08-26"), "2026-10-15 18:30",
        "Bestätigung August",
        "Guten Tag,\nmeine Tochter hat gesagt ich muss noch bestätigen.\nAugust Termine:"
        " 5.8., 12.8. und 26.8. hat stattgefunden. 19.8. war abgesagt.\n"
        "Vielen Dank\nFatma Yıldız",
        client="samsung",
        note="19 Aug named as cancelled: neither a date nor a confirmation")  # fmt: skip
    yes("id20_richter_juni_juli.eml", 8, (1054, 1055), ("2026-06-24", "2026-07-01"),
        "2026-10-16 08:05", request_subject(1055),
        "Sorry für die späte Antwort!! Die letzten beiden Termine am 24.6. und 1.7. haben"
        " beide stattgefunden.\nGruß Jonas" + IPHONE,
        client="iphone", reply="cr-1055", style="iphone")  # fmt: skip
    no("id21_aydin_rezept.eml", 22, ("question",), "2026-10-19 09:02",
       "Rezept",
       "Hallo,\n\nmeine Verordnung ist jetzt aufgebraucht, mein Rücken ist aber noch nicht"
       " ganz gut. Muss ich beim Hausarzt ein neues Rezept holen und Ihnen schicken oder"
       " machen Sie das?\n\nGruß\nMehmet Aydın",
       client="outlook",
       note="question about a new prescription; no session named")  # fmt: skip
    yes("id22_zimmermann_nur_betreff.eml", 15, (1095,), ("2026-10-19",), "2026-10-19 12:45",
        "Behandlung am 19.10. hat stattgefunden", "",
        reply="cr-1095",
        note="the yes is in the subject only, the body empty")  # fmt: skip
    yes("id23_popescu_juni.eml", 7, (1050,), ("2026-06-30",), "2026-10-20 09:15",
        request_subject(1050),
        "Buna ziua,\n\nEntschuldigung ich habe vergessen. Ja die Termin am 30. Juni hat"
        " statt gefunden.\n\nMit freundliche Grüße\nElena Popescu",
        client="yahoo", reply="cr-1050", style="yahoo")  # fmt: skip
    no("id24_jansen_videolink.eml", 17, ("technical", "question"), "2026-10-20 17:40",
       video_link_subject(1104),
       "Hi,\n\nkurze Frage zum Videotermin am Donnerstag: muss ich mir da eine App"
       " runterladen oder geht das im Browser auf dem iPad? Und wo gebe ich den Code ein,"
       " ich sehe auf der Seite kein Feld.\n\nDanke\nOle",
       client="gmail", reply="vl-1104", style="gmail",
       note="question about joining the coming first session")  # fmt: skip
    yes("id25_schaefer_elternabend.eml", 16, (1100,), ("2026-10-21",), "2026-10-21 21:05",
        request_subject(1100),
        "Hallo,\n\nder Termin heute (21.10.) hat stattgefunden, danke!\n\nEine Bitte:"
        " nächsten Mittwoch (28.10.) habe ich Elternabend - ginge es ausnahmsweise um 17:30"
        " statt 19 Uhr?\n\nViele Grüße\nBirgit Schäfer",
        client="webde", reply="cr-1100", style="webde", sender="birgit.schaefer@gmx.net",
        staff=True, extra=("reschedule",),
        note="yes plus a wish to move next week's session")  # fmt: skip
    yes("id26_jansen_theraband.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 11:58",
        request_subject(1104),
        "Hallo,\n\nja, die Sitzung heute (22.10.) hat geklappt, im Browser ging es dann doch."
        "\nEine Frage noch: soll ich die Übungen mit dem Theraband täglich machen oder nur"
        " jeden zweiten Tag?\n\nLG Ole Jansen",
        client="gmail", reply="cr-1104", style="gmail",
        staff=True, extra=("question",))  # fmt: skip
    yes("id27_hoffmann_rechnung.eml", 6, (1045,), ("2026-06-01",), "2026-10-23 10:10",
        request_subject(1045),
        "Sehr geehrte Damen und Herren,\n\nbeim Sortieren meiner Unterlagen für die"
        " Versicherung ist mir aufgefallen, dass ich Ihre Anfrage nie beantwortet habe: Die"
        " Behandlung am 01.06.2026 hat stattgefunden.\n\nKönnten Sie mir bei der"
        " Gelegenheit die Rechnung für diesen Termin noch einmal zusenden? Meine"
        " Versicherung hat sie angeblich nicht erhalten.\n\nMit freundlichen Grüßen\n"
        "Peter Hoffmann",
        client="outlook", reply="cr-1045", style="outlook",
        staff=True, extra=("question",))  # fmt: skip
    no("id28_zimmermann_grippe.eml", 15, ("cancellation",), "2026-10-25 18:20",
       reminder_subject(1096),
       "Sehr geehrte Damen und Herren,\n\nleider muß ich den Termin morgen, Montag 26.10.,"
       " absagen. Ich habe mir eine Grippe eingefangen und liege flach.\nDen Termin am"
       " 2. November möchte ich gern wahrnehmen.\n\nMfG\nKlaus Zimmermann",
       client="outlook", reply="rem-1096", style="outlook_classic",
       note="illness cancellation of tomorrow's session")  # fmt: skip


def last_week() -> None:
    yes("id29_berger_juni.eml", 24, (1146, 1147), ("2026-06-03", "2026-06-10"),
        "2026-10-26 10:30", "Bestätigung Behandlungen Juni",
        "Sehr geehrte Damen und Herren,\n\nich bin erst jetzt dazu gekommen, Ihre E-Mails"
        " durchzusehen. Die telefonischen Behandlungen am 3. Juni und 10. Juni 2026 haben"
        " stattgefunden.\n\nMit freundlichen Grüßen\nUrsula Berger")  # fmt: skip
    no("id30_hartmann_erster_termin.eml", 20, ("reschedule",), "2026-10-27 08:40",
       "Termin 3.11. verschieben?",
       "Hallo,\n\nich habe am 3.11. meinen ersten Termin um 17 Uhr. Leider habe ich an dem"
       " Tag Spätdienst bis 18 Uhr. Wäre es möglich, auf 18:30 oder einen anderen Tag zu"
       " gehen?\n\nDanke und viele Grüße\nLeonie Hartmann",
       client="webde",
       note="wish to move a coming session; 3 Nov is in the future")  # fmt: skip
    yes("id31_richter_rest_juni.eml", 8, (1051, 1052, 1053),
        ("2026-06-03", "2026-06-10", "2026-06-17"), "2026-10-27 19:22",
        "Termine Juni",
        "Hallo,\n\nhier noch der Rest vom Juni: 3.6., 10.6. und 17.6. - alles per Video,"
        " alles stattgefunden. Damit sollte jetzt alles bestätigt sein.\n\nJonas Richter",
        client="apple")  # fmt: skip
    yes("id32_popescu_alle_juni.eml", 7, (1046, 1047, 1048, 1049),
        ("2026-06-02", "2026-06-09", "2026-06-16", "2026-06-23"), "2026-10-28 21:10",
        "Termine Juni bestätigung",
        "Hallo,\n\nmeine Kollegin sagt ich muss jede Termin bestätigen. Also auch:"
        " 2. Juni, 9. Juni, 16. Juni, 23. Juni - alle Termine war gemacht mit Video.\n\n"
        "Danke und schöne Abend\nElena",
        client="yahoo")  # fmt: skip
    no("id33_schaefer_verpasst.eml", 16, ("other", "question"), "2026-10-29 08:05",
       request_subject(1101),
       "Guten Morgen,\n\ngestern hat das leider nicht stattgefunden - ich saß noch in einer"
       " Besprechung und habe den Termin komplett verpasst. Es tut mir sehr leid!\n"
       "Muss ich den trotzdem bezahlen? Und können wir ihn nachholen?\n\nBirgit Schäfer",
       client="webde", reply="cr-1101", style="webde", sender="birgit.schaefer@gmx.net",
       note="missed session: nothing took place")  # fmt: skip
    no("id34_jansen_abgebrochen.eml", 17, ("technical",), "2026-10-29 11:45",
       request_subject(1105),
       "Hallo,\n\nheute (29.10.) ist die Verbindung nach ungefähr 10 Minuten abgebrochen und"
       " wir sind nicht mehr reingekommen. Die Therapeutin hat dann noch kurz angerufen,"
       " aber die Übungen haben wir nicht mehr gemacht. Kann man das wiederholen?\n\n"
       "Gruß Ole",
       client="gmail", reply="cr-1105", style="gmail", dates=("2026-10-29",),
       note="session cut short after ten minutes: partly held, not to confirm")  # fmt: skip
    yes("id35_brandt_juli_umlaute.eml", 10, (1066, 1067), ("2026-07-24", "2026-07-31"),
        "2026-10-30 13:15", "Bestaetigung Juli",
        "Hallo,\n\nich bestaetige hiermit die Termine am 24.07. und 31.07. - beide haben"
        " stattgefunden. Sorry fuer die Verspaetung.\n\nGruesse\nLukas Brandt",
        client="thunderbird")  # fmt: skip
    yes("id36_brandt_unsicher.eml", 10, (1063, 1064), ("2026-07-03", "2026-07-10"),
        "2026-10-30 17:50", request_subject(1065, "Re"),
        "Nachtrag: 3.7. und 10.7. waren auch, da bin ich mir sicher. Beim 17.7. weiss ich"
        " nicht mehr, ob wir da wirklich gesprochen haben oder ob der ausgefallen ist -"
        " koennen Sie das bei sich nachsehen?\n\nLukas",
        client="thunderbird", reply="cr-1065", style="thunderbird",
        staff=True, extra=("question",),
        note="17 Jul doubtful: neither confirmed nor a date")  # fmt: skip
    yes("id37_schulz_mutter.eml", 5, (1039,), ("2026-05-28",), "2026-10-30 21:40",
        request_subject(1039),
        "Hallo,\n\nfür Marie: die Stunde am 28.5. hat stattgefunden. Sorry, ist bei uns"
        " total untergegangen mit Schulanfang und allem.\n\nViele Grüße\nKatrin Schulz"
        " (Mutter)" + IPHONE,
        client="iphone", reply="cr-1039", style="iphone", name="Katrin Schulz",
        note="the mother answers for her daughter from the registered address")  # fmt: skip
    yes("id38_oneill_may.eml", 23, (1141,), ("2026-05-19",), "2026-10-31 09:05",
        request_subject(1141, "RE"),
        "Hi there,\n\napologies - just going through old emails. Yes, the phone session on"
        " 19 May took place.\n\nCheers,\nJames",
        client="outlook", reply="cr-1141", style="outlook_en")  # fmt: skip
    no("id39_demir_danke.eml", 3, ("other",), "2026-10-31 10:20",
       "Danke!",
       "Liebes Praxisteam,\n\nich wollte mich einfach mal melden: Meinem Rücken geht es seit"
       " der Behandlung im Frühjahr richtig gut, ich mache die Übungen immer noch fast"
       " jeden Morgen. Vielen Dank an das ganze Team!\n\nHerzliche Grüße\nAylin Demir",
       client="gmail", staff=False,
       note="a thank-you, no session day, nothing to do")  # fmt: skip
    yes("id40_lehmann_september_rest.eml", 14, (1087, 1088, 1089),
        ("2026-09-08", "2026-09-15", "2026-09-22"), "2026-10-31 16:35",
        "September Termine",
        "hallo nochmal,\n\nich glaub die ersten drei septembertermine hab ich nie bestätigt:"
        " 8.9., 15.9. und 22.9. haben alle stattgefunden (video, dienstags 13 uhr).\n\n"
        "lg anna lehmann",
        client="thunderbird")  # fmt: skip


def main() -> None:
    load_practice()
    first_week()
    second_week()
    third_week()
    last_week()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
