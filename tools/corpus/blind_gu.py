"""Write blind set GU: partial confirmations in everyday words. Patients list several
sessions and one of them was missed, cancelled, cut short or is doubted ("der davor leider
nicht", "alle außer ...", a list with a "nein" or "fiel aus" line, two days confirmed and a
question about a third, a confirmation with a complaint beside it), plus some mails where
every session plainly took place. 43 mails: 33 meant as confirmations (two of them of a
cancelled day only, nothing to record) and 10 look-alikes under or about our request that
confirm nothing (a session missed, cut short, doubted, a future day).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gu`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_gu")


def one_missed() -> None:
    """Several sessions, one of them missed or cancelled by the patient."""
    yes("gu01_krueger_der_zehnte_nicht.eml", 1, (1006,), ("2026-02-17",), "2026-02-17 14:22", re(1006),
        "Hallo,\n\n17.02. ja hat stattgefunden.\nDer 10. ist leider ausgefallen, ich lag mit Fieber im Bett und hab"
        " morgens bei Ihnen angerufen und abgesagt.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1006", style="webde", staff=True,
        note="17.02. confirmed; 10.02. did not take place (phoned in sick), still scheduled")  # fmt: skip
    yes("gu02_becker_alle_ausser_dem_neunten.eml", 2, (1010, 1011, 1013), ("2026-02-02", "2026-02-05", "2026-02-12"),
        "2026-02-13 08:05", "Termine Februar",
        "Guten Morgen,\n\nzur Abrechnung: 2.2., 5.2., 9.2. und 12.2. - alle außer dem 9., da war ich auf"
        " Dienstreise in Hamburg und hatte das vergessen abzusagen. Sorry dafür.\n\nThomas Becker",
        client="webde", staff=True,
        note="'alle außer dem 9.': 02., 05., 12.02. confirmed, 09.02. missed")  # fmt: skip
    yes("gu03_demir_der_davor_nicht.eml", 3, (1022,), ("2026-03-25",), "2026-03-25 11:40", re(1022),
        "Ja heute hat stattgefunden 😊 der davor leider nicht, am 18.3. hatte ich kein Internet\n\nLG Aylin",
        client="gmail", reply="cr-1022", style="gmail", staff=True,
        note="25.03. yes; 18.03. did not take place")  # fmt: skip
    yes("gu04_demir_liste_mit_nein.eml", 3, (1019, 1020, 1022, 1024, 1025),
        ("2026-03-04", "2026-03-11", "2026-03-25", "2026-04-08", "2026-04-15"), "2026-04-15 19:02",
        "Meine Termine",
        "Hallo liebes Praxisteam,\n\nhier meine Termine zum Bestätigen:\n\n04.03. ja\n11.03. ja\n18.03. nein"
        " (war krank)\n25.03. ja\n08.04. ja\n15.04. ja\n\nLiebe Grüße\nAylin Demir",
        client="gmail", staff=True,
        note="a list, one line 'nein': 18.03. not confirmed")  # fmt: skip
    yes("gu05_richter_link_kam_nicht.eml", 8, (1053,), ("2026-06-17",), "2026-06-17 20:31", re(1053),
        "Ja, 17.6. hat geklappt 👍\n\nUnd der 10.6.? Da kam bei mir kein Link an, hab 15 min gewartet und dann"
        " aufgegeben. Wird der trotzdem berechnet?\n\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1053", style="iphone", staff=True, extra=("question",),
        note="17.06. yes; 10.06. did not take place, question about billing it")  # fmt: skip
    yes("gu06_popescu_kind_krank.eml", 7, (1048,), ("2026-06-16",), "2026-06-16 15:48", re(1048),
        "Hallo,\nja ich bestatige Termin 16.6 war gut.\nDer Termin 9.6 ich war nicht da weil mein Kind war krank,"
        " entschuldigung.\nDanke\nElena",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True,
        note="learner's German: 16.06. yes, 09.06. missed")  # fmt: skip
    yes("gu07_carter_skipped_holiday.eml", 11, (1069, 1070, 1072, 1073),
        ("2026-08-03", "2026-08-10", "2026-08-24", "2026-08-31"), "2026-09-01 21:14", "Confirming sessions",
        "Hello,\n\nconfirming my sessions on 3 August, 10 August, 24 August and 31 August.\nI skipped the 17th"
        " (I was on holiday - I think I told you?).\n\nThanks!\nEmily",
        client="gmail", staff=True,
        note="four sessions confirmed; 17.08. skipped by the patient, still scheduled")  # fmt: skip
    yes("gu08_vogel_terminkollision.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"), "2026-09-24 09:12",
        re(1084),
        "Bestätige 17.09. und 24.09.\nDer 10.09. fand nicht statt (Terminkollision meinerseits), bitte als"
        " ausgefallen vermerken.\n\nDr. M. Vogel",
        client="outlook", reply="cr-1084", style="outlook", staff=True,
        note="two confirmed; 10.09. did not take place, to be marked")  # fmt: skip
    yes("gu09_schaefer_kanzlei_nicht_eingewaehlt.eml", 16, (1099, 1101), ("2026-10-14", "2026-10-28"),
        "2026-10-29 08:15", "Bestätigung Physio",
        "Guten Morgen,\n\nkurz zur Bestätigung: 14.10. und 28.10. fanden statt. Am 21.10. hatte ich mich nicht"
        " eingewählt (Mandantentermin lief über), das tut mir leid.\n\nBeste Grüße\nBirgit Schäfer\n\n--\n"
        "Schäfer Steuerberatung\nHohenzollernring 12, 50672 Köln\nTel. 0221 445566-0 | Fax 0221 445566-9",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer", staff=True,
        note="from her office address; 21.10. missed")  # fmt: skip
    yes("gu10_koch_verhindert_angerufen.eml", 18, (1111, 1112, 1114), ("2026-03-30", "2026-04-01", "2026-04-13"),
        "2026-04-13 17:05", re(1114),
        "Guten Tag,\n\nder Termin am 13.04. hat stattgefunden. Die Termine am 30.03. und 01.04. ebenfalls.\n"
        "Am 08.04. war ich verhindert, hatte aber vorher angerufen und Bescheid gesagt.\n\n"
        "Mit freundlichen Grüßen\nRenate Koch",
        client="tonline", reply="cr-1114", style="tonline", staff=True,
        note="08.04. did not take place (told by phone), still scheduled")  # fmt: skip
    yes("gu11_nowak_fiel_aus.eml", 19, (1117, 1119), ("2026-11-13", "2026-11-27"), "2026-11-27 12:03",
        "Bestätigung 13.11 / 20.11 / 27.11",
        "Hi,\n\n13.11 - ja\n20.11 - fiel aus (Therapeut nicht erreichbar)\n27.11 - ja\n\nGruß David",
        staff=True, note="a list, the 20.11. line 'fiel aus' (also in the subject)")  # fmt: skip
    yes("gu12_hartmann_verpasst.eml", 20, (1121, 1122), ("2026-11-10", "2026-11-17"), "2026-11-17 19:26", re(1122),
        "Hallo! ja der 17.11 hat stattgefunden, danke! Und am 10.11 auch.\nDen 3.11 hab ich leider verpasst 🙈"
        "\n\nLG Leonie",
        client="webde", reply="cr-1122", style="webde", staff=True,
        note="03.11. missed by the patient")  # fmt: skip
    yes("gu13_becker_alle_februar_ausser.eml", 2, (1010, 1011, 1012, 1013, 1015, 1016, 1017), (),
        "2026-02-27 19:40", "Februar",
        "Hallo Praxis Impulse,\n\nalle Termine im Februar haben stattgefunden, außer dem am Montag 16.02., da"
        " war ich nicht erreichbar.\n\nGruß Thomas Becker",
        client="webde", staff=True,
        note="'alle im Februar außer 16.02.': every February session but 1014, no day named as held")  # fmt: skip


def cut_short_or_doubted() -> None:
    """Several sessions, one of them cut short or doubted."""
    yes("gu14_wolff_abgebrochen_notfall.eml", 4, (1030,), ("2026-01-30",), "2026-01-30 16:45", re(1030),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 30.01.2026 fand statt.\nDie am 23.01. wurde nach"
        " ca. 10 Minuten abgebrochen, weil die Therapeutin einen Notfall hatte. Das bitte ich zu"
        " berücksichtigen.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1030", style="tonline", staff=True,
        note="23.01. cut short after 10 minutes: not confirmed")  # fmt: skip
    yes("gu15_hoffmann_kgg_abgebrochen.eml", 6, (1043,), ("2026-05-18",), "2026-05-18 16:20", re(1043),
        "Guten Tag,\n\ndie MT am 18.05. mittags hat stattgefunden.\nDie KGG-Einheit am Morgen desselben Tages musste"
        " ich nach ein paar Minuten abbrechen (Meeting), die bitte nicht abrechnen.\n\nGruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook", staff=True,
        note="two sessions that day: the MT confirmed, the KGG in the morning broken off")  # fmt: skip
    yes("gu16_hoffmann_achtzehnter_unklar.eml", 6, (1040, 1041, 1044, 1045),
        ("2026-05-04", "2026-05-11", "2026-05-26", "2026-06-01"), "2026-06-01 09:05", "Bestätigung KGG Mai",
        "Hallo,\n\nhiermit bestätige ich 04.05., 11.05., 26.05. und heute 01.06., jeweils KGG per Video.\n\n"
        "Zum 18.05.: da hatte ich zwei Termine, ich weiß nicht mehr genau, ob beide stattgefunden haben. Bitte"
        " kurz prüfen.\n\nGruß\nPeter Hoffmann",
        client="outlook", staff=True,
        note="four confirmed; 18.05. (two sessions) doubted, neither confirmed")  # fmt: skip
    yes("gu17_brandt_kuerzer_aber_statt.eml", 10, (1064, 1065), ("2026-07-10", "2026-07-17"), "2026-07-17 18:02",
        re(1065),
        "Moin,\n\n17.07. bestätigt. Und 10.07. auch - der war zwar kürzer, weil ich zu spät reinkam, hat aber"
        " stattgefunden.\n\nLukas",
        client="thunderbird", reply="cr-1065", style="thunderbird", staff=True,
        note="10.07. shorter by his own lateness but plainly held; staff to see the shortened session")  # fmt: skip
    yes("gu18_carter_left_early.eml", 11, (1071,), ("2026-08-17",), "2026-08-17 15:30", re(1071, "Re"),
        "Hi, yes the session on Aug 17 happened.\nThe one on the 10th I had to leave after about 15 minutes"
        " because of work, sorry - not sure if that counts?\n\nBest,\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True, extra=("question",),
        note="10.08. left after 15 minutes, patient doubts it counts")  # fmt: skip
    yes("gu19_neumann_neunter_weiss_nicht.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"), "2026-07-17 10:15",
        "Anrufe",
        "Liebes Praxisteam,\n\ndie Anrufe am Dienstag 14.7. und Donnerstag 16.7. waren beide.\nAm 9.7."
        " (Donnerstag) war ich beim Arzt, da haben wir doch verschoben, oder? Ich weiß es nicht mehr"
        " genau.\n\nHerzliche Grüße\nGisela Neumann",
        staff=True, extra=("question",), note="09.07. doubted")  # fmt: skip
    yes("gu20_zimmermann_akku_leer.eml", 15, (1097,), ("2026-11-02",), "2026-11-02 13:20", re(1097),
        "ja 2.11 war\nder 26.10 war ja von ihnen abgesagt\nund der 19.10 war nur 10 min weil mein akku leer war"
        "\n\ngruß k zimmermann",
        reply="cr-1097", style="thunderbird", staff=True,
        note="02.11. yes; 26.10. cancelled; 19.10. only 10 minutes")  # fmt: skip
    yes("gu21_schaefer_oder_war_das.eml", 16, (1103,), ("2026-11-11",), "2026-11-11 21:12", re(1103),
        "Ja, 11.11. hat stattgefunden.\nUnd ich glaube der 4.11. ist auch noch offen, der war auch - oder war"
        " das der 28.10.? Bin gerade nicht sicher, schauen Sie bitte nach.\n\nLG Birgit",
        client="webde", reply="cr-1103", style="webde", sender="birgit.schaefer@gmx.net", staff=True,
        note="11.11. yes; 04.11./28.10. unsure")  # fmt: skip
    yes("gu22_berger_schmerzen_aufgehoert.eml", 24, (1142, 1143, 1145), ("2026-05-06", "2026-05-13", "2026-05-27"),
        "2026-05-27 11:30", "Bestätigung Telefontermine",
        "Sehr geehrtes Team,\n\nich bestätige die Telefontermine vom 6. Mai, 13. Mai und 27. Mai.\nAm 20. Mai hat"
        " die Therapeutin angerufen, aber ich hatte solche Schmerzen, dass wir nach kurzer Zeit aufgehört"
        " haben.\n\nMit freundlichen Grüßen\nUrsula Berger",
        staff=True, note="20.05. broken off after a short time")  # fmt: skip


def with_question_or_complaint() -> None:
    """Two sessions confirmed and a question about a third; a complaint beside a yes."""
    yes("gu23_lehmann_was_ist_mit_29.eml", 14, (1091, 1092), ("2026-10-06", "2026-10-13"), "2026-10-14 08:50",
        "Bestätigung Oktober",
        "Hallo,\n\n6.10. und 13.10. haben stattgefunden.\nWas ist eigentlich mit dem 29.9.? Da war die"
        " Therapeutin krank, wird der nachgeholt?\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", staff=True, extra=("question",),
        note="two confirmed, question about 29.09. which did not take place")  # fmt: skip
    yes("gu24_schulz_zu_spaet_beschwerde.eml", 5, (1036,), ("2026-04-30",), "2026-04-30 18:40", re(1036),
        "Hallo,\n\nder 30.4. hat stattgefunden, danke.\nAllerdings war die Therapeutin 10 Minuten zu spät im"
        " Raum und hat dann trotzdem pünktlich aufgehört. Das finde ich nicht in Ordnung.\n\nMarie Schulz",
        client="thunderbird", reply="cr-1036", style="thunderbird", bottom=True, staff=True, extra=("other",),
        note="confirmation with a complaint (therapist late, session shortened)")  # fmt: skip
    yes("gu25_oneill_distracted.eml", 23, (1137, 1138), ("2026-04-21", "2026-04-28"), "2026-04-29 08:02",
        re(1138, "RE"),
        "Hello,\n\nconfirming the call on 28 April took place, and the one on the 21st as well.\nI have to say"
        " though that on the 21st the therapist seemed distracted and kept typing. Not great for what I'm"
        " paying.\n\nRegards,\nJames O'Neill",
        client="outlook", reply="cr-1138", style="outlook_en", staff=True, extra=("other",),
        note="both held, a complaint about the 21st")  # fmt: skip
    yes("gu26_yildiz_war_ja_abgesagt.eml", 12, (1076, 1078), ("2026-08-12", "2026-08-26"), "2026-08-26 13:15",
        re(1078),
        "Hallo ja 26.8 war telefon termin. 12.8 auch.\n19.8 wurde ja abgesagt.\nLG Fatma",
        client="webde", reply="cr-1078", style="webde",
        note="19.08. named as cancelled, as it is: nothing to do")  # fmt: skip


def all_took_place() -> None:
    """Several sessions, every one plainly held."""
    yes("gu27_wolff_alle_drei.eml", 4, (1031, 1032, 1033), ("2026-02-06", "2026-02-13", "2026-02-20"),
        "2026-02-20 17:00", "Bestätigung",
        "Bestätigung 06.02. 13.02. 20.02.\nalle drei Telefonate haben stattgefunden.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff",
        client="tonline")  # fmt: skip
    yes("gu28_popescu_alle_juni.eml", 7, (1046, 1047, 1048, 1049, 1050),
        ("2026-06-02", "2026-06-09", "2026-06-16", "2026-06-23", "2026-06-30"), "2026-07-01 10:20",
        "Bestatigung",
        "Guten Tag\nich möchte bestätigen: 2.6, 9.6, 16.6, 23.6, 30.6 alle Termin war.\nElena Popescu",
        client="yahoo")  # fmt: skip
    yes("gu29_lehmann_vergessen_bottom.eml", 14, (1088, 1089), ("2026-09-15", "2026-09-22"), "2026-09-22 16:40",
        re(1089),
        "Hallo,\n\nja, 22.9. hat stattgefunden. Der 15.9. übrigens auch, das hatte ich vergessen zu bestätigen."
        "\n\nBeste Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1089", style="thunderbird", bottom=True)  # fmt: skip
    yes("gu30_zimmermann_klein_ohne_punkt.eml", 15, (1093, 1094, 1095), ("2026-10-05", "2026-10-12", "2026-10-19"),
        "2026-10-20 09:31", "termine",
        "termine 5.10 12.10 19.10 waren alle am telefon\ngruß k zimmermann")  # fmt: skip
    yes("gu31_wagner_spaet.eml", 21, (1124, 1125, 1126), ("2026-01-12", "2026-01-19", "2026-01-26"),
        "2026-02-20 22:10", re(1126),
        "Entschuldigung für die späte Antwort!! 26.01. hat stattgefunden, 19.01. und 12.01. auch.\n\nLiebe Grüße"
        "\nSophie\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1126", style="samsung",
        note="weeks late, three sessions")  # fmt: skip


def look_alikes() -> None:
    """Under or about our request, and nothing to record."""
    no("gu32_krueger_kam_nicht_rein.eml", 1, ("technical", "question"), "2026-02-24 12:02", re(1007),
       "Hallo,\n\nnein, heute hat es nicht geklappt, ich kam nicht in den Raum rein, der Code wurde nicht"
       " angenommen. Wie machen wir das jetzt?\n\nGruß S. Krüger",
       client="webde", reply="cr-1007", style="webde", note="24.02. did not take place")  # fmt: skip
    no("gu33_becker_beide_nicht.eml", 2, ("reschedule",), "2026-03-02 19:50", re(1018),
       "Hallo,\n\nam 02.03. war ich leider nicht erreichbar, Handy war aus. Am 26.02. auch schon nicht, sorry."
       "\nKönnen wir die beiden nachholen?\n\nGruß Thomas Becker",
       client="webde", reply="cr-1018", style="webde", note="both days missed, wants them made up")  # fmt: skip
    yes("gu34_demir_abgesagter_tag.eml", 3, (), (), "2026-04-01 10:15", "Bestätigung 01.04.",
        "Hallo, ich bestätige den Termin am 01.04. LG Aylin",
        client="gmail", staff=True,
        note="confirms 01.04., which is cancelled: nothing to record")  # fmt: skip
    no("gu35_richter_niemand_im_raum.eml", 8, ("other",), "2026-06-24 20:05", re(1054),
       "Heute hat leider nicht stattgefunden, es war niemand im Raum. Hab 20 min gewartet. Bitte nicht"
       " berechnen.\n\nJonas",
       client="iphone", reply="cr-1054", style="iphone", note="24.06. did not take place")  # fmt: skip
    no("gu36_neumann_mann_sagt_ja.eml", 9, ("question",), "2026-07-10 11:00", re(1057),
       "Guten Tag,\n\nich weiß gar nicht mehr, ob am Donnerstag jemand angerufen hat. Mein Mann sagt ja, ich"
       " meine nein. Können Sie das bitte nachsehen?\n\nGisela Neumann",
       reply="cr-1057", style="thunderbird", note="09.07. doubted, nothing confirmed")  # fmt: skip
    no("gu37_carter_future_day.eml", 11, ("other",), "2026-08-31 14:40", re(1073, "Re"),
       "Confirmed for 7 September, see you then!\n\nEmily",
       client="gmail", reply="cr-1073", style="gmail_en",
       note="confirms the coming 07.09. appointment, not the asked 31.08.: staff must ask")  # fmt: skip
    yes("gu38_yildiz_abgesagten_bestaetigt.eml", 12, (), (), "2026-08-20 09:30", "Termin",
        "Hallo\n19.8 war Termin, bestätige.\nFatma Yıldız",
        client="webde", staff=True,
        note="confirms 19.08., which is cancelled: nothing to record")  # fmt: skip
    no("gu39_koch_niemand_angerufen.eml", 18, ("other",), "2026-04-08 17:10", re(1113),
       "Guten Tag,\n\nnein, heute hat niemand angerufen. Ich war den ganzen Nachmittag zu Hause am"
       " Telefon.\n\nMit freundlichen Grüßen\nRenate Koch",
       client="tonline", reply="cr-1113", style="tonline", note="08.04. did not take place")  # fmt: skip
    no("gu40_jansen_stau.eml", 17, ("reschedule",), "2026-11-12 12:35", re(1107),
       "ne der hat heute nicht stattgefunden, bin im Stau stecken geblieben 😕 können wir den nachholen?",
       client="gmail", reply="cr-1107", style="gmail", note="12.11. missed")  # fmt: skip
    no("gu41_hoffmann_nach_zehn_minuten.eml", 6, ("technical", "question"), "2026-05-11 10:02", re(1041),
       "Guten Tag,\n\ndie Einheit am 11.05. wurde nach ca. 10 Minuten wegen Verbindungsproblemen beendet."
       " Bitte klären Sie, ob diese abgerechnet wird.\n\nGruß\nP. Hoffmann",
       client="outlook", reply="cr-1041", style="outlook", note="11.05. cut short, billing question")  # fmt: skip
    no("gu42_berger_kein_anruf_gesehen.eml", 24, ("question",), "2026-06-10 15:20", "Frage zu Terminen",
       "Guten Tag,\n\nich glaube die Termine am 3.6. und 10.6. waren, aber ich sehe im Handy keinen Anruf von"
       " Ihnen. Können Sie das bitte überprüfen, bevor ich bestätige?\n\nMit freundlichen Grüßen\nU. Berger",
       note="both days doubted, she will confirm later")  # fmt: skip
    no("gu43_aydin_tuerkei.eml", 22, ("other",), "2026-03-27 09:40", re(1135),
       "Hallo, 19.3 nein, 26.3 nein, ich war in der Türkei bei meiner Familie. Ab April wieder da.\n"
       "Mfg Mehmet",
       client="samsung", reply="cr-1135", style="samsung", note="a list where every line is 'nein'")  # fmt: skip


def main() -> None:
    load_practice()
    one_missed()
    cut_short_or_doubted()
    with_question_or_complaint()
    all_took_place()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
