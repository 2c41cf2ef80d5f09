"""Write blind set GW: partial confirmations in everyday words, 43 mails.

32 mails confirm at least one session: a yes for the day asked about beside "the one
before I was ill" or "last week I'm not sure anymore", lists of days with one missed, cut
short, cancelled (by us or, so the patient says, by phone) or doubted, "alle außer ...",
a yes with a complaint about the session, a yes beside a question about another day, and
a few where every session named plainly took place. 11 look-alikes answer our request or
reminder but confirm nothing: a session that did not happen, was cut short, was moved,
nobody called, or a yes to a reminder for tomorrow.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gw`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_gw")


def one_asked_one_not() -> None:
    """A yes for the day we asked about, and the session before did not take place."""
    yes("gw01_krueger_ill_before.eml", 1, (1005,), ("2026-02-10",), "2026-02-10 13:20", re(1005),
        "Hallo,\n\nja, der 10.02. hat stattgefunden.\nDen 3.2. hatte ich ja abgesagt, da lag ich"
        " mit Fieber im Bett – ich hoffe das ist bei Ihnen angekommen.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1005", style="webde", staff=True,
        note="10.02. confirmed; 03.02. still scheduled, patient says she cancelled: staff checks")  # fmt: skip
    yes("gw02_demir_krank_letzte_woche.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 10:47",
        re(1020),
        "ja hat stattgefunden am 11.3\nletzte woche war ich krank deshalb war ich nicht dabei,"
        " sorry hab vergessen bescheid zu sagen\n\nAylin",
        client="gmail", reply="cr-1020", style="gmail", staff=True,
        note="04.03. (1019) missed without notice: staff")  # fmt: skip
    yes("gw03_popescu_kind_krank.eml", 7, (1048,), ("2026-06-16",), "2026-06-16 14:02", re(1048),
        "Hallo,\nja ich bestätige 16.06 Termin war gut.\nDie 9.06 ich war nicht da, weil mein Sohn"
        " war krank und ich musste zu Arzt mit ihm. Entschuldigung bitte.\n\nElena Popescu",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True,
        note="learner's German; 09.06. missed")  # fmt: skip
    yes("gw04_carter_missed_10th.eml", 11, (1071,), ("2026-08-17",), "2026-08-17 15:31",
        re(1071, "Re"),
        "Hi,\n\nYes, today's session took place, thanks.\n\nJust so you know, I missed the one on"
        " the 10th - I was ill and completely forgot to call you, sorry about that.\n\nBest,\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True,
        note="today = 17.08.; 10.08. (1070) missed")  # fmt: skip
    yes("gw05_hartmann_vergessen_abzusagen.eml", 20, (1122,), ("2026-11-17",), "2026-11-17 19:55",
        re(1122),
        "Hallo, ja heute hat stattgefunden :)\nLetzte woche (10.11) war ich leider krank und hab"
        " vergessen abzusagen, sorry!! Kommt das jetzt auf die Rechnung?\n\nLeonie",
        client="webde", reply="cr-1122", style="webde", staff=True, extra=("question",),
        note="10.11. missed, question about being charged")  # fmt: skip
    yes("gw06_jansen_niemand_da.eml", 17, (1106,), ("2026-11-05",), "2026-11-05 12:14", re(1106),
        "Hi, ja hat heute geklappt, danke.\n\nAber die Woche davor (29.10.) war ich eingeloggt und"
        " es ist niemand gekommen?? Hab 20 min gewartet. Bitte mal klären.\n\nOle",
        client="gmail", reply="cr-1106", style="gmail", bottom=True, staff=True,
        extra=("technical",),
        note="bottom-posted; 29.10. did not take place (nobody came)")  # fmt: skip
    yes("gw07_koch_mittwoch_unsicher.eml", 18, (1113,), ("2026-04-08",), "2026-04-08 17:40",
        re(1113),
        "Guten Tag,\n\nja der Termin am 8.4. war, die Frau hat pünktlich angerufen.\n\nDen letzten"
        " Mittwoch weiß ich ehrlich gesagt nicht mehr genau ob wir da telefoniert haben, da war"
        " bei mir so viel los mit dem Umzug. Schauen Sie bitte selbst nach.\n\nFreundliche Grüße\n"
        "Renate Koch",
        client="tonline", reply="cr-1113", style="tonline", staff=True,
        note="01.04. (1112) doubted: not confirmed, staff")  # fmt: skip
    yes("gw08_richter_letzten_mittwoch.eml", 8, (1053,), (), "2026-06-17 20:31", re(1053),
        "Jo hat stattgefunden 👍\n\nletzten Mittwoch bin ich mir nicht mehr sicher ob wir das"
        " gemacht oder verschoben haben, können Sie kurz nachsehen?\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1053", style="iphone", staff=True, extra=("question",),
        note="a yes under our request naming no day; 10.06. doubted")  # fmt: skip


def lists_with_a_gap() -> None:
    """Several days at once, one of them missed, cut short, cancelled or doubted."""
    yes("gw09_becker_februar_verpasst.eml", 2, (1010, 1011, 1012, 1013),
        ("2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-17 08:12",
        "Bestätigung Termine Februar",
        "Guten Morgen,\n\nhiermit bestätige ich die Termine am 2.2., 5.2., 9.2. und 12.2.\nDen am"
        " 16. hab ich leider verpasst, war noch im Meeting, sorry.\n\nViele Grüße\nThomas Becker",
        client="plain", staff=True, note="16.02. (1014) missed")  # fmt: skip
    yes("gw10_wolff_leitung_weg.eml", 4, (1028, 1029, 1030),
        ("2026-01-16", "2026-01-23", "2026-01-30"), "2026-02-07 11:05",
        "Behandlungen Januar/Februar",
        "Sehr geehrte Damen und Herren,\n\ndie Behandlungen am 16.1., 23.1. und 30.1. haben"
        " stattgefunden.\nAm 6.2. wurde nach ca. 10 Minuten abgebrochen, weil die Leitung weg"
        " war. Die Therapeutin hat dann nicht mehr zurückgerufen.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff",
        client="tonline", staff=True, note="06.02. cut short after 10 minutes: not confirmed")  # fmt: skip
    yes("gw11_hoffmann_zwei_am_18.eml", 6, (1040, 1041, 1042),
        ("2026-05-04", "2026-05-11", "2026-05-18"), "2026-05-19 06:58", "Termine Mai",
        "Moin,\n\nKGG am 4.5. und 11.5. ja. Am 18.5. hatte ich ja zwei Termine – den frühen"
        " (Gerät) ja, die MT mittags hab ich nicht geschafft, da kam ein Kundentermin"
        " dazwischen.\n\nGruß\nPeter Hoffmann\n\n--\nHoffmann Logistik GmbH\nTel. 0171 2233445",
        client="outlook", staff=True,
        note="18.05. KGG 07:30 (1042) yes, MT 12:30 (1043) missed")  # fmt: skip
    yes("gw12_neumann_keiner_angerufen.eml", 9, (1056, 1057, 1058),
        ("2026-07-07", "2026-07-09", "2026-07-14"), "2026-07-16 14:10", "Bestätigung",
        "Liebe Praxis Impulse,\n\ndie Telefonbehandlungen am 7.7., 9.7. und 14.7. waren alle.\n"
        "Heute am 16.7. hat aber niemand angerufen, ich habe bis halb zehn am Telefon gewartet.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="plain", staff=True, note="16.07. (1059) did not take place")  # fmt: skip
    yes("gw13_vogel_op.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"), "2026-09-25 07:44",
        "MT Termine September",
        "Sehr geehrtes Praxisteam,\n\nich bestätige die Termine vom 10.09. und 17.09.\nDen Termin"
        " am 24.09. haben wir nach einer Viertelstunde beendet, da ich in den OP musste – bitte"
        " rechnen Sie den so ab, wie Sie es für richtig halten.\n\nMit freundlichen Grüßen\n"
        "Dr. med. Michael Vogel\nVogel & Partner · Chirurgie\nTel. 0211 48 23 90",
        client="outlook", staff=True, note="24.09. cut short: staff decides, not confirmed")  # fmt: skip
    yes("gw14_schaefer_nur_haelfte.eml", 16, (1099,), ("2026-10-14",), "2026-10-22 08:40",
        re(1100),
        "Hallo,\n\n14.10. hat stattgefunden.\nDer 21.10. nur zur Hälfte, die Therapeutin kam 15"
        " Minuten zu spät in den Raum und musste dann pünktlich wieder los. Das fand ich nicht"
        " so toll.\n\nViele Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatung\nTel. 030 998877",
        client="outlook", reply="cr-1100", style="outlook", staff=True, extra=("other",),
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her office address; 21.10. (asked) only half: not confirmed, complaint")  # fmt: skip
    yes("gw15_berger_mai_juni.eml", 24, (1142, 1143, 1144, 1145, 1146),
        ("2026-05-06", "2026-05-13", "2026-05-20", "2026-05-27", "2026-06-03"),
        "2026-06-20 16:25", "Bestätigung meiner Termine",
        "Guten Tag,\n\nich bin mit dem Bestätigen etwas im Rückstand, entschuldigen Sie.\nIm Mai"
        " hatte ich die Termine am 6., 13., 20. und 27., die haben alle stattgefunden. Im Juni"
        " war der 3. auch noch. Am 10. musste ich absagen, das habe ich telefonisch bei Ihnen"
        " gemacht.\n\nFreundliche Grüße\nUrsula Berger",
        client="plain", staff=True,
        note="late; 10.06. (1147) still scheduled, cancelled by phone she says")  # fmt: skip
    yes("gw16_lehmann_klausur.eml", 14, (1090, 1091), ("2026-09-29", "2026-10-06"),
        "2026-10-14 09:02", "termine",
        "hallo,\n\n29.9. und 6.10. haben stattgefunden.\n13.10. war ich nicht da wegen klausur,"
        " hatte ich eigentlich bescheid gegeben?\n\nanna",
        client="thunderbird", staff=True, extra=("question",),
        note="13.10. (1092) missed")  # fmt: skip
    yes("gw17_carter_not_sure_31st.eml", 11, (1072, 1074), ("2026-08-24", "2026-09-07"),
        "2026-09-20 21:13", re(1074, "Re"),
        "Sorry for the late reply!\n\nYes, Sept 7 happened. Aug 24 as well, for sure. The 31st"
        " I'm honestly not sure anymore - I think we had to stop early that day because of my"
        " internet, or was that another week?\n\nEmily",
        client="gmail", reply="cr-1074", style="gmail_en", bottom=True, staff=True,
        note="late, bottom-posted; 31.08. (1073) doubted")  # fmt: skip


def all_but() -> None:
    """'Alle außer ...'."""
    yes("gw18_brandt_alle_ausser_urlaub.eml", 10, (1063, 1064, 1066, 1067), (),
        "2026-08-01 10:30", "Juli Termine",
        "Hallo,\n\nalle Termine im Juli haben stattgefunden, außer dem am 17., da war ich im"
        " Urlaub (hatte ich Ihnen vorher gesagt).\n\nGruß Lukas",
        client="apple", staff=True,
        note="July 03/10/24/31 confirmed by 'alle außer'; 17.07. (1065) missed")  # fmt: skip
    yes("gw19_becker_alle_bis_auf.eml", 2, (1014, 1016, 1017), (), "2026-02-26 19:40", re(1017),
        "Die letzten vier Termine alle gehabt, bis auf Donnerstag letzte Woche – da hatte ich"
        " Rücken so schlimm dass ich nicht mal telefonieren wollte :-/\n\nTB\n\nVon meinem iPhone"
        " gesendet",
        client="iphone", reply="cr-1017", style="iphone", staff=True,
        note="last four (16/19/23/26.02.) but Thursday last week (19.02., 1015): 1014/1016/1017")  # fmt: skip
    yes("gw20_wagner_alle_ausser_abgesagt.eml", 21, (1124, 1125, 1126, 1128, 1129), (),
        "2026-02-16 18:20", "Bestätigung",
        "Hallo liebes Praxisteam,\n\nich wollte noch alle meine Termine seit Januar bestätigen,"
        " die haben alle per Video stattgefunden außer dem einen, den Sie abgesagt hatten.\n\n"
        "Liebe Grüße\nSophie Wagner",
        client="plain", staff=False,
        note="all her sessions but the cancelled 02.02. (1127): 12/19/26.01., 09/16.02.")  # fmt: skip


def with_complaint_or_question() -> None:
    """A plain yes beside a complaint about the session or a question about another day."""
    yes("gw21_schulz_kamera.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 18:02", re(1035),
        "Ja, war heute.\n\nAber ehrlich gesagt war ich nicht zufrieden, die Übungen wurden viel"
        " zu schnell erklärt und ich konnte auf dem Bild kaum was erkennen. Beim nächsten Mal"
        " bitte langsamer.\n\nMarie Schulz",
        client="gmail", reply="cr-1035", style="gmail", staff=True, extra=("other",),
        note="complaint about the session")  # fmt: skip
    yes("gw22_wolff_knie.eml", 4, (1033,), ("2026-02-20",), "2026-02-20 16:48", re(1033),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 20.02.2026 hat stattgefunden.\nDie"
        " Therapeutin hat aber nur Übungen für die Schulter gemacht, ich habe es am Knie! Ich"
        " bitte um Klärung.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1033", style="tonline", staff=True, extra=("other",),
        note="complaint: wrong body part")  # fmt: skip
    yes("gw23_lehmann_frage_6_10.eml", 14, (1089,), ("2026-09-22",), "2026-09-22 15:10",
        re(1089),
        "hallo,\nja 22.9. hat stattgefunden.\nkurze frage: der termin am 6.10. – da hab ich"
        " eigentlich eine klausur, kann man den auf nachmittag verschieben?\n\nlg anna",
        client="thunderbird", reply="cr-1089", style="thunderbird", staff=True,
        extra=("reschedule",), note="reschedule wish for a future day")  # fmt: skip
    yes("gw24_brandt_rezept.eml", 10, (1068,), ("2026-08-07",), "2026-08-07 17:42", re(1068),
        "Ja, heute war der letzte Termin, hat stattgefunden.\nWie geht es jetzt weiter, brauche"
        " ich ein neues Rezept vom Arzt?\n\nGruß Lukas Brandt",
        client="apple", reply="cr-1068", style="iphone", staff=True, extra=("question",),
        note="today = 07.08.")  # fmt: skip
    yes("gw25_neumann_schon_bestaetigt.eml", 9, (1062,), ("2026-07-28",), "2026-08-10 10:20",
        re(1062),
        "Guten Tag,\n\nja, der 28. Juli hat stattgefunden.\nDen 21. und 23. hatte ich Ihnen schon"
        " bestätigt, glaube ich? Sonst sagen Sie Bescheid.\n\nMit freundlichen Grüßen\nGisela"
        " Neumann",
        client="plain", reply="cr-1062", style="thunderbird", staff=True, extra=("question",),
        note="21./23.07. are not confirmed; she only believes she did")  # fmt: skip


def all_took_place() -> None:
    """Every session named plainly took place (a cancelled one named as cancelled)."""
    yes("gw26_yildiz_19_abgesagt.eml", 12, (1078,), (), "2026-08-26 13:05", re(1078),
        "Ja hat stattgefunden. 19.8. war ja abgesagt von Ihnen.\nGruss Fatma",
        client="samsung", reply="cr-1078", style="samsung",
        note="yes naming no day; 19.08. (1077) is cancelled, as she says")  # fmt: skip
    yes("gw27_zimmermann_26_ausgefallen.eml", 15, (1093, 1094, 1095),
        ("2026-10-05", "2026-10-12", "2026-10-19"), "2026-10-27 09:40", "Termine Oktober",
        "Termine 5.10 12.10 19.10 waren ok, 26.10 ist ja ausgefallen\n\nK. Zimmermann",
        client="plain", note="26.10. (1096) cancelled in our calendar too")  # fmt: skip
    yes("gw28_nowak_zwei.eml", 19, (1116, 1117), ("2026-11-06", "2026-11-13"),
        "2026-11-14 09:12", "Bestätigung 06.11. / 13.11.",
        "Hallo,\n\nich bestätige die MT-Termine am 06.11.2026 und 13.11.2026, beide fanden statt."
        "\n\nGruß\nDavid Nowak",
        client="plain")  # fmt: skip
    yes("gw29_aydin_heute.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 14:35", re(1131),
        "Ja war heute. Danke", client="samsung", reply="cr-1131", style="samsung")  # fmt: skip
    yes("gw30_oneill_three.eml", 23, (1136, 1137, 1138),
        ("2026-04-14", "2026-04-21", "2026-04-28"), "2026-04-28 21:45", re(1138, "RE"),
        "Hi,\n\nConfirming tonight's call took place. The 14th and the 21st as well - both"
        " happened, I just never got round to replying.\n\nCheers,\nJames",
        client="outlook", reply="cr-1138", style="outlook_en",
        note="tonight = 28.04.")  # fmt: skip
    yes("gw31_krueger_zwei.eml", 1, (1006, 1007), ("2026-02-17", "2026-02-24"),
        "2026-02-24 12:30", re(1007),
        "Ja, 24.2. hat stattgefunden. Die vom 17.2. auch, hatte ich vergessen.\n\nSabine",
        client="webde", reply="cr-1007", style="webde", bottom=True)  # fmt: skip
    yes("gw32_demir_ostern.eml", 3, (1024, 1025), ("2026-04-08", "2026-04-15"),
        "2026-04-15 10:38", re(1025),
        "Ja hat stattgefunden 15.04. und die vom 08.04. auch 🙂 am 1.4. war ja nix weil abgesagt",
        client="gmail", reply="cr-1025", style="gmail",
        note="01.04. (1023) cancelled in our calendar too")  # fmt: skip


def look_alikes() -> None:
    """Answers to our request or reminder that confirm nothing."""
    no("gw33_schulz_code_falsch.eml", 5, ("technical",), "2026-05-07 17:20", re(1037),
       "Nein, hat leider nicht stattgefunden. Ich kam nicht in den Raum, der Code wurde nicht"
       " angenommen. Hab es 15 min probiert.\n\nMarie Schulz",
       client="gmail", reply="cr-1037", style="gmail")  # fmt: skip
    no("gw34_hoffmann_stau.eml", 6, ("reschedule",), "2026-05-26 09:15", re(1044),
       "Heute hat nicht geklappt, stand im Stau und hab den Termin verpasst. Können wir das"
       " nachholen?\n\nP. Hoffmann",
       client="outlook", reply="cr-1044", style="outlook_classic")  # fmt: skip
    no("gw35_richter_nach_5_min.eml", 8, ("technical",), "2026-07-01 19:52", re(1055),
       "Bin mir nicht sicher ob das heute als Termin zählt, die Therapeutin hat nach 5 min"
       " gesagt wir machen nächste Woche weiter weil ihr Internet so schlecht war.\n\nJonas",
       client="iphone", reply="cr-1055", style="iphone",
       note="session broken off after 5 minutes")  # fmt: skip
    no("gw36_berger_morgen_dabei.eml", 24, ("other",), "2026-06-02 10:15", reminder_subject(1146),
       "Ja, ich bin morgen um 9 Uhr erreichbar.\n\nGruß U. Berger",
       client="plain", reply="rem-1146", style="thunderbird", staff=False,
       note="a yes to our reminder for tomorrow: nothing took place yet")  # fmt: skip
    no("gw37_zimmermann_keiner_angerufen.eml", 15, ("other",), "2026-11-02 13:05", re(1097),
       "Heute hat keiner angerufen. Ich war den ganzen Vormittag zu Hause am Telefon.\n\n"
       "Zimmermann",
       client="plain", reply="cr-1097", style="thunderbird")  # fmt: skip
    no("gw38_oneill_travelling.eml", 23, ("question",), "2026-05-20 07:30", re(1141, "RE"),
       "No, sorry - I was travelling and forgot to cancel. Please let me know if there's a"
       " fee for that.\n\nJames",
       client="outlook", reply="cr-1141", style="outlook_en")  # fmt: skip
    no("gw39_krueger_kind.eml", 1, ("question",), "2026-03-10 14:40", re(1009),
       "Hallo, ich weiß nicht ob das heute zählt – wir haben kurz angefangen und dann kam mein"
       " Kleiner aus der Kita heim, nach 10 Minuten war Schluss. Soll ich das trotzdem"
       " bestätigen?\n\nSabine Krüger",
       client="webde", reply="cr-1009", style="webde",
       note="cut short after 10 minutes, asks whether to confirm")  # fmt: skip
    no("gw40_aydin_arbeiten.eml", 22, ("other",), "2026-03-19 18:10", re(1134),
       "heute nicht gemacht, war arbeiten. tut mir leid. nächste woche bin ich da",
       client="samsung", reply="cr-1134", style="samsung")  # fmt: skip
    no("gw41_hartmann_falsche_zeit.eml", 20, ("technical", "question"), "2026-11-24 18:45",
       re(1123),
       "Hallo! Ich wollte eigentlich bestätigen, aber heute war irgendwie niemand im Raum – hatte"
       " ich die falsche Uhrzeit? Ich war um 17 Uhr drin und hab bis 17:20 gewartet.\n\nLeonie",
       client="webde", reply="cr-1123", style="webde")  # fmt: skip
    no("gw42_nowak_verschoben.eml", 19, ("reschedule",), "2026-11-27 10:05", re(1119),
       "Bitte nicht als stattgefunden eintragen – wir haben den Termin heute früh am Telefon auf"
       " nächste Woche verschoben.\n\nGruß\nDavid Nowak",
       client="plain", reply="cr-1119", style="thunderbird")  # fmt: skip
    no("gw43_popescu_nicht_gewesen.eml", 7, ("other",), "2026-06-23 13:30", re(1049),
       "Guten Tag,\nheute ich war nicht bei Therapie, ich hatte Termin bei Jobcenter, ich habe"
       " vergessen zu sagen. Tut mir leid. Nächste Woche ich bin da.\n\nElena",
       client="yahoo", reply="cr-1049", style="yahoo")  # fmt: skip


def main() -> None:
    load_practice()
    one_asked_one_not()
    lists_with_a_gap()
    all_but()
    with_complaint_or_question()
    all_took_place()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
