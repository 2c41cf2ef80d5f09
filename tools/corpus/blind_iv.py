"""Blind set IV: someone else tells the practice about the patient's sessions.

Relatives, carers, neighbours, a secretary and a son who takes dictation write from the
patient's own (family) address, often as replies to our confirmation request, and report
what the patient says or what they saw: "Oma sagt, der Dienstag war gut", "meine Mutter
lässt ausrichten ...", "ich war dabei". Some sign with their own name, some with a
relation, some not at all; some mention their own appointments or another family member's.
45 mails: 33 confirmations and 12 look-alikes (a relative's own session, a sibling's, a
partner's, cancellations for the patient, a bill and a prescription question, a tablet that
would not work, hearsay the writer does not vouch for), mostly German, some English and some
learners' German.

Labelled strictly, as a careful practice employee would record them: `confirmed` holds only
the patient's own scheduled, not yet confirmed sessions that the mail plainly reports as
held in full on a clear day; hearsay with doubt, sessions cut short, the writer's own or a
family member's sessions, cancellations and unclear days are not confirmed and need staff.
`dates` are the days the mail says a session of the patient took place (also partly).

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

HERE = data_dir("blind_iv")


def kruger_family() -> None:
    yes("iv01_krueger_tochter_heute.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 15:20",
        request_subject(1003),
        "Guten Tag,\n\nhier schreibt die Tochter von Frau Krüger. Mama sitzt neben mir und "
        "sagt, die Stunde heute Vormittag war gut, es hat alles geklappt.\n\n"
        "Viele Grüße\nJulia Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("iv02_krueger_enkelin_zwei.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-11 19:05", "Termine Oma",
        "Hallo liebes Praxisteam,\n\nOma hat Ihre Mails nicht gesehen, deshalb melde ich "
        "mich. Sie sagt, der Dienstag letzte Woche (3.2.) war gut und gestern (10.2.) auch, "
        "beide Male die ganze halbe Stunde mit Frau Seidel am Tablet.\n\n"
        "Liebe Grüße\nLea, die Enkelin",
        client="webde")  # fmt: skip
    yes("iv03_krueger_mutter_meint.eml", 1, (), ("2026-02-17",), "2026-02-19 09:40",
        request_subject(1006),
        "Hallo,\n\nmeine Mutter meint, sie hatte am Dienstag die Stunde, aber sie weiss "
        "nicht mehr ob die Verbindung bis zum Schluss gehalten hat, das Bild war wohl "
        "zwischendurch weg. Können Sie bei sich nachsehen, bevor Sie das abrechnen?\n\n"
        "Gruß J. Krüger",
        client="webde", reply="cr-1006", style="webde", staff=True, extra=("question",),
        note="hearsay with doubt whether the session ran to the end")  # fmt: skip


def becker_household() -> None:
    yes("iv04_becker_frau_telefonat.eml", 2, (1011,), ("2026-02-05",), "2026-02-05 19:48",
        request_subject(1011),
        "Guten Abend,\n\nmein Mann ist schon wieder auf Dienstreise und hat mich gebeten, "
        "Ihnen kurz zu bestätigen, dass das Telefonat heute um halb sechs stattgefunden "
        "hat.\n\nMit freundlichen Grüßen\nTanja Becker",
        client="thunderbird", reply="cr-1011", style="thunderbird")  # fmt: skip
    no("iv05_becker_frau_eigene_stunde.eml", 2, ("other",), "2026-02-17 08:12",
        request_subject(1014),
        "Hallo,\n\nkleine Verwirrung bei uns: das Telefonat gestern hatte ICH, nicht mein "
        "Mann. Ich bin seit Februar bei Ihrer Kollegin Frau Arnold wegen meiner Schulter, "
        "wir haben nur die gleiche Mailadresse. Thomas hatte gestern gar keinen Termin "
        "wahrgenommen, der war beim Fußball.\nBitte buchen Sie das richtig um.\n\n"
        "Tanja Becker",
        reply="cr-1014", style="thunderbird", client="thunderbird",
        note="the writer's own session; the patient's appointment of that day not held")  # fmt: skip
    yes("iv06_becker_diktiert.eml", 2, (1015, 1016), ("2026-02-19", "2026-02-23"),
        "2026-02-24 07:05", "Bestätigung Behandlungen Becker",
        "Sehr geehrte Damen und Herren,\n\nim Auftrag meines Mannes (er diktiert, ich "
        "tippe): die Behandlungen am Donnerstag, 19.02., und am Montag, 23.02., jeweils "
        "17:30 Uhr am Telefon, haben vollständig stattgefunden.\n\n"
        "Freundliche Grüße\nThomas Becker\ni.A. T. Becker",
        client="thunderbird")  # fmt: skip


def demir_sisters() -> None:
    no("iv07_demir_schwester_frage.eml", 3, ("question",), "2026-03-11 12:30",
        "Frage wegen Termin für mich",
        "Hi,\n\nich bin Derya, Aylins Schwester, ich schreib kurz über ihren Account. Ich "
        "hatte heute meinen ersten Termin bei Ihnen in der Praxis vor Ort (Knie), das war "
        "super. Aylin meint, das geht bei Ihnen auch per Video? Könnte ich die restlichen "
        "5 Termine auch so machen?\n\nLG Derya",
        client="gmail", note="the sister's own session, not the patient's")  # fmt: skip
    yes("iv08_demir_schwester_fuer_aylin.eml", 3, (1021,), ("2026-03-18",),
        "2026-03-18 17:02", request_subject(1021),
        "Hallo nochmal,\n\nDerya hier, Aylin hat gerade Spätschicht und bat mich zu "
        "antworten: ja, ihr Videotermin heute um 8:30 hat stattgefunden. Ich war in der "
        "Küche und hab sie die ganze Zeit turnen hören 😄\n\nLG Derya (die Schwester)",
        client="gmail", reply="cr-1021", style="gmail")  # fmt: skip
    no("iv09_demir_absage_schwester.eml", 3, ("cancellation",), "2026-04-14 21:40",
        reminder_subject(1025),
        "Guten Abend,\n\nAylin liegt mit Fieber im Bett und kann morgen früh nicht. Bitte "
        "den Termin am Mittwoch streichen, sie meldet sich wenn sie wieder fit ist.\n\n"
        "Derya Demir (Schwester)",
        client="gmail", reply="rem-1025", style="gmail",
        note="a cancellation for the patient")  # fmt: skip


def wolff_wife() -> None:
    yes("iv10_wolff_ehefrau.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:10",
        request_subject(1028),
        "Sehr geehrte Damen und Herren,\n\nmein Mann Hans-Jürgen Wolff bestätigt Ihnen die "
        "telefonische Behandlung vom 16.01.2026. Er hat keinen Computer, deshalb schreibe "
        "ich für ihn.\n\nMit freundlichen Grüßen\nIngrid Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("iv11_wolff_ehefrau_dabei.eml", 4, (1030,), ("2026-01-30",), "2026-01-31 10:25",
        request_subject(1030),
        "Guten Morgen,\nich war gestern dabei, er hat die Übungen alle mitgemacht, das "
        "Gespräch ging bis kurz nach halb drei. Also ja, hat stattgefunden.\n"
        "Grüße I. Wolff",
        client="tonline", reply="cr-1030", style="tonline")  # fmt: skip
    yes("iv12_wolff_abgebrochen.eml", 4, (), ("2026-02-13",), "2026-02-13 18:30",
        request_subject(1032),
        "Guten Tag,\n\nheute hat es leider nicht richtig geklappt. Mein Mann hatte nach "
        "etwa zehn Minuten so starke Schmerzen im Rücken, dass er aufhören musste, Ihre "
        "Therapeutin hat dann das Gespräch beendet. Wie wird das jetzt berechnet? Die "
        "Stunde war ja nicht vollständig.\n\nIngrid Wolff",
        client="tonline", reply="cr-1032", style="tonline", staff=True,
        extra=("question",), note="session cut short after ten minutes")  # fmt: skip
    yes("iv13_wolff_zwei_freitage.eml", 4, (1029, 1031), ("2026-01-23", "2026-02-06"),
        "2026-02-07 11:50", "Bestätigung für Herrn Wolff",
        "Sehr geehrtes Praxisteam,\n\nich sehe gerade, dass noch zwei Anfragen offen sind. "
        "Mein Mann lässt ausrichten, dass die Telefontermine am Freitag, den 23. Januar, und "
        "am Freitag, den 6. Februar, beide ganz normal stattgefunden haben.\n\n"
        "Mit freundlichen Grüßen\nIngrid Wolff (Ehefrau)",
        client="tonline")  # fmt: skip


def schulz_child() -> None:
    yes("iv14_schulz_mutter_marie.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:45",
        request_subject(1034),
        "Hallo Frau Brenner,\n\nMaries erste Videostunde heute hat gut geklappt, sie war "
        "ganz stolz. Ich saß die ganze Zeit daneben.\n\nViele Grüße\nKatrin Schulz (Mama)",
        client="apple", reply="cr-1034", style="iphone", name="Katrin Schulz")  # fmt: skip
    yes("iv15_schulz_mutter_und_ich.eml", 5, (1035,), ("2026-04-23",), "2026-04-24 07:15",
        request_subject(1035),
        "Guten Morgen,\n\nja, Marie hatte gestern ihre Stunde, komplett. Sorry für die "
        "späte Antwort, ich hatte gestern selbst noch einen Zahnarzttermin und kam erst "
        "spät heim 🙈\n\nKatrin",
        client="iphone", reply="cr-1035", style="iphone", name="Katrin Schulz")  # fmt: skip
    no("iv16_schulz_tablet.eml", 5, ("technical",), "2026-05-07 16:20",
        video_link_subject(1037),
        "Hallo,\n\nMarie kam heute mit dem Tablet nicht zurecht, der Link hat sich nicht "
        "geöffnet und dann war sie ganz durcheinander und hat geweint. Ich war leider noch "
        "auf der Arbeit. Ich glaube die Stunde hat gar nicht stattgefunden? Können wir "
        "das nächste Mal zusammen ausprobieren?\n\nK. Schulz",
        client="iphone", reply="vl-1037", style="iphone", name="Katrin Schulz",
        note="the session most likely did not take place")  # fmt: skip
    yes("iv17_schulz_bruder_verwechselt.eml", 5, (1038,), ("2026-05-21",),
        "2026-05-21 19:10", request_subject(1038),
        "Hallo,\nMarie hatte heute ihre Stunde, ja. Ihr Bruder Tim hatte übrigens auch "
        "seinen Termin bei Ihnen am Dienstag, falls Sie den auch noch brauchen – der läuft "
        "aber über die Mail von meinem Mann.\nGrüße\nKatrin Schulz",
        client="iphone", reply="cr-1038", style="iphone", name="Katrin Schulz", staff=True,
        note="confirms Marie's session; the brother's session needs someone to look")  # fmt: skip


def hoffmann_assistant() -> None:
    yes("iv18_hoffmann_sekretariat.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:35",
        request_subject(1040),
        "Sehr geehrte Damen und Herren,\n\nHerr Hoffmann bestätigt Ihnen die Behandlung "
        "vom 04.05.2026 (Gerätetraining, 7:30 Uhr).\n\nMit freundlichen Grüßen\n\n"
        "Nadine Kurz\nAssistenz der Geschäftsführung\nHoffmann Immobilien GmbH\n"
        "Tel. 0211 48 33 12-0",
        client="outlook", reply="cr-1040", style="outlook", name="Peter Hoffmann")  # fmt: skip
    yes("iv19_hoffmann_nur_morgens.eml", 6, (1042,), ("2026-05-18",), "2026-05-19 08:50",
        "AW: Ihre Behandlungen am 18.05.2026",
        "Guten Morgen,\n\nHerr Hoffmann lässt ausrichten: das Training um 7:30 Uhr gestern "
        "hat stattgefunden. Den zweiten Termin mittags (Manuelle Therapie) hat er wegen "
        "eines Kundentermins nicht wahrnehmen können, er war nicht eingewählt. Bitte "
        "diesen nicht berechnen.\n\nBeste Grüße\nNadine Kurz\ni.A. Peter Hoffmann",
        client="outlook", name="Peter Hoffmann", staff=True,
        note="morning session held; the noon session missed and must be looked at")  # fmt: skip


def popescu_daughter() -> None:
    yes("iv20_popescu_tochter_lerner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:05",
        request_subject(1046),
        "Hallo,\n\nich bin Tochter von Elena Popescu. Meine Mutter sprecht nicht gut "
        "Deutsch, darum ich schreibe. Sie sagt Termin heute ist gemacht, alles gut, 30 "
        "Minuten mit Video. Danke schön!\n\nAna",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    no("iv21_popescu_glaube.eml", 7, ("other",), "2026-06-17 20:30", request_subject(1048),
        "Buna ziua,\n\nich glaube meine Mutter hatte gestern oder vorgestern die Stunde, "
        "ich war nicht zu Hause. Sie sagt 'ja ja', aber sie sagt immer ja. Ich frage "
        "morgen nochmal genau.\n\nAna Popescu",
        client="yahoo", reply="cr-1048", style="yahoo",
        note="hearsay, unclear day, the writer doubts it and will ask again")  # fmt: skip


def richter_partner() -> None:
    yes("iv22_richter_freundin.eml", 8, (1052,), ("2026-06-10",), "2026-06-10 21:14",
        request_subject(1052),
        "hey, hier ist Mira, Jonas' Freundin. er ist schon im bett (nachtschicht morgen) "
        "und hat gesagt ich soll euch schreiben dass die session heute abend stattgefunden "
        "hat. hab ihn ja im wohnzimmer stöhnen hören 😅\nlg mira",
        client="iphone", reply="cr-1052", style="iphone", bottom=True)  # fmt: skip


def neumann_grandchild() -> None:
    yes("iv23_neumann_enkel_oma_sagt.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 12:40",
        request_subject(1056),
        "Hallo,\n\nOma sagt, der Dienstag war gut, also heute morgen das Telefonat. Sie "
        "hat mich gebeten Ihnen das zu schreiben weil sie mit dem Handy keine Mails kann.\n"
        "\nGruß Finn (Enkel von Gisela Neumann)",
        client="plain", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("iv24_neumann_am_neunten.eml", 9, (1057,), ("2026-07-09",), "2026-07-10 18:00",
        request_subject(1057),
        "Hallo nochmal, sie sagt, am 9. hat es geklappt, auch wenn die Verbindung einmal "
        "kurz rauschte – hat aber bis zum Ende gedauert.\nFinn",
        client="plain", reply="cr-1057", style="thunderbird", bottom=True)  # fmt: skip
    yes("iv25_neumann_nachbarin.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-17 10:30", "Frau Neumann, Behandlungen",
        "Guten Tag,\n\nich bin die Nachbarin von Frau Neumann (Erdgeschoss) und helfe ihr "
        "manchmal mit dem Computer. Ich war am Dienstag (14.7.) und am Donnerstag (16.7.) "
        "jeweils bei ihr, als Ihre Therapeutin angerufen hat, und sie hat beide Male die "
        "Übungen gemacht, ganz durch.\n\nFreundliche Grüße\nHelga Baumann",
        client="plain", name="Gisela Neumann")  # fmt: skip
    no("iv26_neumann_rezept.eml", 9, ("question",), "2026-07-24 09:15",
        "Rezept Oma",
        "Hallo,\n\nOma fragt, ob sie für die weiteren Termine ein neues Rezept vom "
        "Hausarzt braucht, die alte Verordnung war ja nur über 6 Mal? Und muss sie das im "
        "Original schicken?\n\nFinn",
        client="plain", note="a prescription question")  # fmt: skip


def brandt_father() -> None:
    yes("iv27_brandt_vater_zeuge.eml", 10, (1064,), ("2026-07-10",), "2026-07-11 09:20",
        request_subject(1064),
        "Moin,\n\nLukas ist mit der Hand noch nicht so weit (Gips), deshalb tippe ich. "
        "Ich war gestern dabei, er hat die Übungen gemacht, 16 bis 16:30 Uhr. Hiermit "
        "bestätigt.\n\nGruß\nRainer Brandt (Vater)",
        client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True)  # fmt: skip


def carter_english() -> None:
    yes("iv28_carter_husband.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 18:02",
        request_subject(1070),
        "Hi there,\n\nEmily's husband here - she asked me to reply since she's driving. "
        "She had her video session today at noon and it went fine, the whole 30 minutes.\n"
        "\nCheers,\nMark",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    no("iv29_carter_thinks.eml", 11, ("other",), "2026-08-19 22:10",
        request_subject(1071),
        "Hi,\n\nMark again. Emily is away this week and I'm going through her inbox. I "
        "think she had the Monday session, she mentioned the therapist, but I wasn't home "
        "so I can't say for sure. She'll be back Sunday and can confirm herself.\n\nMark",
        client="gmail", reply="cr-1071", style="gmail_en",
        note="hearsay with doubt; the patient will confirm herself")  # fmt: skip
    no("iv30_carter_bill.eml", 11, ("question",), "2026-09-08 08:40",
        "Invoice question",
        "Hello,\n\nI'm handling the paperwork for my wife Emily Carter. Her private insurer "
        "wants the invoice with the diagnosis code on it - the one you sent only lists the "
        "dates. Could you send a corrected invoice for August?\n\nThanks,\nMark Carter",
        client="gmail", note="a bill question, no session reported")  # fmt: skip


def yildiz_son() -> None:
    yes("iv31_yildiz_sohn.eml", 12, (1076,), ("2026-08-12",), "2026-08-12 13:20",
        request_subject(1076),
        "Hallo,\n\nich bin der Sohn von Fatma Yıldız. Meine Mutter hat heute die Telefon "
        "Behandlung gemacht, ich habe übersetzt, alles ist gut gelaufen bis Ende.\n\n"
        "Mfg\nEmre Yıldız",
        client="webde", reply="cr-1076", style="webde")  # fmt: skip
    no("iv32_yildiz_abgesagt.eml", 12, ("other",), "2026-08-20 09:00",
        request_subject(1077),
        "Hallo, meine Mutter sagt der Termin am 19.8. war doch abgesagt von Ihnen, warum "
        "kommt jetzt eine Mail zum bestätigen? Sie hat nix gemacht an dem Tag. Bitte nicht "
        "berechnen.\nEmre",
        client="webde", reply="cr-1077", style="webde",
        note="the cancelled appointment; nothing took place")  # fmt: skip


def vogel_secretary() -> None:
    yes("iv33_vogel_sekretariat.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"),
        "2026-09-18 11:30", "Bestätigung Behandlungen Dr. Vogel",
        "Sehr geehrte Damen und Herren,\n\nHerr Dr. Vogel bestätigt Ihnen die "
        "Behandlungen vom 10.09.2026 und 17.09.2026, jeweils 07:00 Uhr per Video.\n\n"
        "Mit freundlichen Grüßen\ni.A. Sandra Meier\nSekretariat\n\nVogel & Partner "
        "Rechtsanwälte\nKönigsallee 14, 40212 Düsseldorf",
        client="outlook", name="Sekretariat Dr. Vogel")  # fmt: skip


def lehmann_flatmate() -> None:
    yes("iv34_lehmann_mitbewohner_en.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 17:40",
        request_subject(1088),
        "Hallo, sorry for English - I am Anna's flatmate, she lost her phone and uses my "
        "laptop. She says: yes, the session today at 13:00 happened, all good.\n\nRuben",
        client="plain", reply="cr-1088", style="gmail_en")  # fmt: skip


def zimmermann_wife() -> None:
    yes("iv35_zimmermann_frau_oktober.eml", 15, (1093, 1094, 1095),
        ("2026-10-05", "2026-10-12", "2026-10-19"), "2026-10-20 10:05",
        "Klaus Zimmermann – Bestätigung",
        "Guten Tag,\n\nfür meinen Mann, der mit E-Mails nichts am Hut hat: die Telefonate "
        "am 5., 12. und 19. Oktober haben stattgefunden, jeweils 11 Uhr. Ich saß dabei und "
        "hab mitgezählt bei den Übungen 😉\nDen Termin am 26.10. hatten wir ja abgesagt, "
        "das wissen Sie.\n\nGrüße\nMonika Zimmermann",
        client="plain")  # fmt: skip


def schaefer_office() -> None:
    yes("iv36_schaefer_kanzlei.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 09:12",
        "Behandlung Frau Schäfer 14.10.",
        "Sehr geehrte Damen und Herren,\n\nFrau Schäfer bittet mich, Ihnen die "
        "Videobehandlung von gestern Abend (14.10., 19 Uhr) zu bestätigen.\n\n"
        "Mit freundlichen Grüßen\nJana Wolter\nSteuerberatung Schäfer",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Steuerberatung Schäfer")  # fmt: skip


def koch_daughter() -> None:
    yes("iv37_koch_tochter_montag.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 17:55",
        request_subject(1109),
        "hallo, hier ist die tochter von renate koch. mutti sagt das telefonat heute hat "
        "stattgefunden und sie hat alles mitgemacht. gruß sabine",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    no("iv38_koch_tochter_eigene.eml", 18, ("reschedule",), "2026-04-02 08:30",
        "Termin Mutti verlegen",
        "Guten Morgen,\n\nich hatte gestern selbst einen Arzttermin und konnte deshalb "
        "nicht bei Mutti sein, sie hat das Telefon nicht gehört. Können wir den Termin "
        "vom Mittwoch nachholen, vielleicht nächste Woche Freitag?\n\nSabine Koch-Ebert",
        client="tonline", note="the writer's own appointment; the patient missed hers")  # fmt: skip


def aydin_daughter() -> None:
    yes("iv39_aydin_tochter_zwei.eml", 22, (1130, 1131), ("2026-02-19", "2026-02-26"),
        "2026-02-27 20:15", "Bestätigung Papa",
        "Hallo,\n\nmein Vater (Mehmet Aydın) sagt, die Telefontermine am 19.2. und am 26.2. "
        "waren beide, komplett. Ich war beim zweiten dabei. Schönes Wochenende!\n\nElif",
        client="samsung")  # fmt: skip
    yes("iv40_aydin_halbe.eml", 22, (1132,), ("2026-03-05", "2026-03-12"),
        "2026-03-13 19:40", request_subject(1133),
        "Hallo,\n\nPapa sagt, letzte Woche Donnerstag war gut. Diese Woche (12.3.) hat "
        "der Therapeut nach der Hälfte aufgehört, weil Papa Schwindel hatte. Was machen "
        "wir da?\n\nElif Aydın",
        client="samsung", reply="cr-1133", style="samsung", staff=True, extra=("question",),
        note="5 March held; 12 March cut short")  # fmt: skip


def oneill_dictated() -> None:
    yes("iv41_oneill_dictated.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 08:05",
        request_subject(1137),
        "Dear practice,\n\nI confirm that I had my phone treatment yesterday evening at "
        "7:30 and that it went the full half hour.\n\nJames O'Neill\n\n"
        "(dictated by my father, typed by Siobhan)",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip


def berger_neighbour() -> None:
    yes("iv42_berger_nachbar.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:10",
        request_subject(1142),
        "Sehr geehrte Damen und Herren,\n\nFrau Berger hat mich, ihren Nachbarn, gebeten "
        "Ihnen mitzuteilen, dass der Telefontermin heute früh stattgefunden hat. Sie hat "
        "die Übungen mit Ihnen gemacht, ich habe sie danach im Treppenhaus getroffen.\n\n"
        "Mit freundlichem Gruß\nWerner Thiel",
        client="plain", reply="cr-1142", style="outlook_classic")  # fmt: skip
    yes("iv43_berger_nachbar_unsicher.eml", 24, (), (), "2026-05-22 16:45",
        request_subject(1144),
        "Guten Tag,\n\nich soll von Frau Berger ausrichten, dass alles in Ordnung ist. "
        "Welcher Termin das genau war, konnte sie mir nicht sagen, sie meint vorige Woche "
        "oder diese. Bitte rufen Sie sie doch kurz an.\n\nW. Thiel",
        client="plain", reply="cr-1144", style="outlook_classic", staff=True,
        note="no clear day, hearsay")  # fmt: skip


def nowak_partner() -> None:
    no("iv44_nowak_partner_eigene.eml", 19, ("other",), "2026-11-09 18:20",
        "Probetermin über Davids Account",
        "Hallo,\n\nhier ist Tomasz, Davids Partner. Ich hatte heute meinen Probetermin bei "
        "Ihrer Kollegin und habe mich über Davids Zugang eingewählt, weil ich noch keine "
        "eigene Adresse bei Ihnen hinterlegt habe. Bitte das nicht auf David buchen, die "
        "Rechnung bitte an mich: Tomasz Kowalski, gleiche Adresse.\n\nDzięki & Grüße\nTomasz",
        client="plain", note="the partner's own session, not the patient's")  # fmt: skip


def wagner_mother() -> None:
    no("iv45_wagner_mutter_absage.eml", 21, ("cancellation",), "2026-02-13 20:05",
        "Sophie - Termin Montag",
        "Liebes Praxisteam,\n\nSophie hat sich beim Sport den Fuß verstaucht und liegt "
        "flach, außerdem ist sie übers Wochenende bei uns. Den Videotermin am Montag, "
        "16.2., muss sie leider absagen. Sie meldet sich wegen eines neuen Termins.\n\n"
        "Herzliche Grüße\nGabi Wagner (Mutter)",
        client="plain", note="a cancellation for the patient")  # fmt: skip


def main() -> None:
    load_practice()
    kruger_family()
    becker_household()
    demir_sisters()
    wolff_wife()
    schulz_child()
    hoffmann_assistant()
    popescu_daughter()
    richter_partner()
    neumann_grandchild()
    brandt_father()
    carter_english()
    yildiz_son()
    vogel_secretary()
    lehmann_flatmate()
    zimmermann_wife()
    schaefer_office()
    koch_daughter()
    aydin_daughter()
    oneill_dictated()
    berger_neighbour()
    nowak_partner()
    wagner_mother()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
