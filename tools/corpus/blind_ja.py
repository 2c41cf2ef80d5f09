"""Blind set JA: someone else answers for the patient.

Daughters, sons, spouses, grandchildren, a neighbour, carers of a care home and a nursing
service answer our confirmation requests or write new mails, mostly from the patient's own
address, a few from their own address naming the patient (and the address our mails go to).
They pass on what the patient says, tell what they saw, or confirm in the patient's name;
some mention their own or a sibling's appointments. German above all, some English and some
learners' German; many mail programs, quote styles, top and bottom posting.

Labelled strictly: `confirmed` holds only the patient's own scheduled, not yet confirmed
sessions that the mail plainly says were held in full on a clear day. The writer's own
session, hearsay with doubt, a session cut short, a cancellation, a question or an unclear
day needs staff; a confirmation from an address that is not registered needs staff too
(someone has to note who confirmed), though it is recorded. Look-alikes: a cancellation for
the patient, questions about the bill or the next appointment, "hatte keine Lust", "kam mit
dem Tablet nicht zurecht", a relative's own session.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, request_subject, write_set, yes

HERE = data_dir("blind_ja")


def wolff_and_neumann() -> None:
    yes("ja01_wolff_tochter_papa_sagt.eml", 4, [1028], ["2026-01-16"], "2026-01-16 17:20",
        request_subject(1028),
        "Guten Tag,\n\nhier schreibt Sandra, die Tochter von Herrn Wolff. Papa sagt, die "
        "Behandlung am 16.01. hat stattgefunden und es war gut. Er hat ja kein Handy mit "
        "Mail, deshalb antworte ich.\n\nViele Grüße\nSandra Wolff",
        client="gmail", reply="cr-1028", style="gmail")  # fmt: skip
    yes("ja02_wolff_sohn_im_namen.eml", 4, [1029], ["2026-01-23"], "2026-01-26 09:10",
        request_subject(1029, "AW"),
        "Sehr geehrte Damen und Herren,\n\nim Namen meines Vaters Hans-Jürgen Wolff bestätige "
        "ich, dass die telefonische Krankengymnastik am Freitag, den 23.01.2026 "
        "stattgefunden hat.\n\nMit freundlichen Grüßen\nMarkus Wolff (Sohn)",
        client="outlook", reply="cr-1029", style="outlook_classic")  # fmt: skip
    yes("ja03_wolff_abgebrochen_schwindelig.eml", 4, [], ["2026-01-30"], "2026-01-30 16:45",
        request_subject(1030),
        "Hallo, Papa hat heute angefangen aber nach ca. 15 min aufgehört, ihm war "
        "schwindelig. Die Therapeutin meinte wir sollen uns melden. Ob das so als Termin "
        "zählt weiß ich nicht.\nSandra\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1030", style="iphone", staff=True,
        note="session of 30.01. cut short after 15 minutes: not confirmable")  # fmt: skip
    yes("ja04_neumann_enkel_oma_laesst_ausrichten.eml", 9, [1056], ["2026-07-07"],
        "2026-07-07 12:05", request_subject(1056),
        "Hallo liebes Praxisteam,\n\nOma lässt ausrichten, dass das Telefonat heute, am "
        "7.7., stattgefunden hat. Sie hat alle Übungen mitgemacht und fands gut.\n\n"
        "Gruß, Jan (Enkel von Gisela Neumann)",
        client="thunderbird", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("ja05_neumann_nachbarin_eigene_adresse.eml", 9, [1057, 1058],
        ["2026-07-09", "2026-07-14"], "2026-07-15 18:30",
        "Bestätigung für Frau Gisela Neumann",
        "Guten Abend,\n\nich bin die Nachbarin von Frau Gisela Neumann. Ihr Computer ist "
        "kaputt, sie kommt an ihre Mails (gisela.neumann@freenet.de) im Moment nicht ran "
        "und hat mich gebeten, Ihnen zu schreiben.\n\nDie beiden Telefontermine am "
        "Donnerstag, 9. Juli, und Dienstag, 14. Juli, haben stattgefunden, jeweils die "
        "ganze halbe Stunde. Ich war beide Male zum Kaffee bei ihr und habe es "
        "mitbekommen.\n\nFreundliche Grüße\nHelga Brinkmann",
        sender="h.brinkmann@gmx.de", name="Helga Brinkmann", client="webde", staff=True,
        note="neighbour confirms from her own address: recorded, staff notes the sender")  # fmt: skip


def schulz_and_hoffmann() -> None:
    yes("ja06_schulz_mutter_sass_daneben.eml", 5, [1034], ["2026-04-16"], "2026-04-16 18:40",
        request_subject(1034),
        "Hallo,\n\nich bin die Mama von Marie. Ich saß heute die ganze Zeit daneben, sie "
        "hat alles mitgemacht. Also ja, die Behandlung am 16.04. hat stattgefunden.\n\n"
        "Liebe Grüße\nKatrin Schulz",
        name="Katrin Schulz", client="webde", reply="cr-1034", style="webde")  # fmt: skip
    yes("ja07_schulz_mutter_fragt_fuer_bruder.eml", 5, [1035], ["2026-04-23"],
        "2026-04-23 19:55", request_subject(1035),
        "Guten Abend, Maries Termin am 23.4. hat stattgefunden, danke! Noch eine Frage: "
        "ihr kleiner Bruder Paul (8) hat seit dem Fußball Probleme mit dem Knie, könnte er "
        "auch bei Ihnen Termine bekommen? Was brauchen Sie dafür, eine Verordnung?\n\n"
        "Katrin Schulz",
        name="Katrin Schulz", client="webde", reply="cr-1035", style="webde", staff=True,
        extra=("question",))  # fmt: skip
    no("ja08_schulz_keine_lust.eml", 5, ("other", "question"), "2026-04-30 17:10",
        request_subject(1036),
        "Hallo,\n\nMarie hatte heute leider überhaupt keine Lust. Sie hat nach ein paar "
        "Minuten das Tablet zugeklappt und war nicht mehr zu überreden, die Therapeutin hat "
        "dann abgebrochen. Soll ich das trotzdem bestätigen? Eigentlich fand ja keine "
        "richtige Behandlung statt. Tut mir leid!\n\nK. Schulz",
        name="Katrin Schulz", reply="cr-1036", style="gmail", client="gmail",
        dates=("2026-04-30",), note="begun and broken off by the child: not a confirmation")  # fmt: skip
    yes("ja09_hoffmann_ehefrau_zwei_termine.eml", 6, [1042, 1043], ["2026-05-18"],
        "2026-05-18 15:10", request_subject(1043),
        "Sehr geehrtes Praxisteam,\n\nmein Mann sitzt im Zug und hat mich gebeten, Ihnen "
        "zu antworten: Er hatte heute, Montag 18.05., zwei Termine bei Ihnen, morgens um "
        "7:30 KG am Gerät und mittags um 12:30 die Manuelle Therapie. Beide haben "
        "stattgefunden.\n\nMit freundlichen Grüßen\nCornelia Hoffmann",
        name="Peter Hoffmann", client="outlook", reply="cr-1043", style="outlook")  # fmt: skip
    yes("ja10_hoffmann_ehefrau_weiss_nicht_genau.eml", 6, [], [], "2026-05-26 09:40",
        request_subject(1044),
        "Guten Morgen,\n\nich lese gerade Ihre Mail auf dem Rechner meines Mannes. Ich "
        "glaube, er hat heute früh seine Gerätestunde gemacht, jedenfalls war er um halb "
        "acht im Arbeitszimmer verschwunden. Genau sagen kann ich es aber nicht, er ist "
        "jetzt auf Dienstreise bis Donnerstag. Er meldet sich dann selbst.\n\nC. Hoffmann",
        client="outlook", reply="cr-1044", style="outlook", staff=True,
        note="wife guesses, does not know: nothing to record")  # fmt: skip


def popescu_richter_brandt() -> None:
    yes("ja11_popescu_ehemann_lernerdeutsch.eml", 7, [1046], ["2026-06-02"],
        "2026-06-02 14:30", request_subject(1046),
        "Hallo,\n\nich bin Mann von Elena. Sie sagt Behandlung am 2. Juni war, alles gut, "
        "sie hat die ganze Zeit gemacht. Sie kann nicht gut schreiben deutsch, darum "
        "schreibe ich.\n\nDanke\nMihai Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    no("ja12_popescu_ehemann_sagt_ab.eml", 7, ("cancellation",), "2026-06-12 08:15",
        "Termin Elena Popescu",
        "Guten Tag,\n\nElena ist krank, Fieber. Sie kann am Dienstag 16.6. nicht zu "
        "Behandlung. Bitte absagen. Nächste Woche sie kommt wieder wenn gesund.\n\n"
        "Mihai Popescu (Ehemann)",
        client="yahoo")  # fmt: skip
    yes("ja13_richter_mutter_bis_zum_schluss.eml", 8, [1051], ["2026-06-03"],
        "2026-06-03 19:45", request_subject(1051),
        "Hallo, hier ist die Mutter von Jonas. Er ist erst 15, deshalb kümmere ich mich um "
        "die Mails. Ich war heute dabei, die Stunde am 3.6. lief ganz normal bis zum "
        "Schluss.\n\nLG Andrea Richter\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("ja14_richter_mutter_schwester_auch.eml", 8, [1052], ["2026-06-10"],
        "2026-06-11 07:30", request_subject(1052),
        "Guten Morgen,\n\nJonas' Termin gestern (10.06.) hat stattgefunden, er war voll "
        "dabei.\n\nSeine Schwester Mia hat seit dem Turnen Rückenschmerzen. Der Kinderarzt "
        "schreibt ihr wahrscheinlich auch KG auf. Haben Sie mittwochs noch einen Platz, am "
        "liebsten direkt nach Jonas?\n\nViele Grüße\nAndrea Richter",
        client="apple", reply="cr-1052", style="iphone", bottom=True, staff=True,
        extra=("question",))  # fmt: skip
    yes("ja15_brandt_freundin_unten.eml", 10, [1063], ["2026-07-03"], "2026-07-03 20:10",
        request_subject(1063),
        "Lukas lässt ausrichten: Freitag, 3.7. hat stattgefunden, war super. Er hat "
        "gerade die Hände voll mit Grillen 😄\n\nLiebe Grüße\nMira (seine Freundin)",
        client="gmail", reply="cr-1063", style="gmail", bottom=True)  # fmt: skip
    no("ja16_brandt_tablet_nicht_zurecht.eml", 10, ("technical",), "2026-07-10 18:40",
        request_subject(1064),
        "Hallo,\n\nleider kann ich das nicht bestätigen. Lukas kam mit dem Tablet nicht "
        "zurecht, das Bild blieb schwarz und der Ton ging nicht. Wir haben es 20 Minuten "
        "probiert und dann aufgegeben. Können Sie ihm sagen, was er einstellen muss?\n\n"
        "Mira",
        client="gmail", reply="cr-1064", style="gmail",
        note="the video call never started: nothing took place")  # fmt: skip


def carter_yildiz() -> None:
    yes("ja17_carter_husband_on_behalf.eml", 11, [1069], ["2026-08-03"], "2026-08-03 19:00",
        request_subject(1069),
        "Hi there,\n\nOn behalf of my wife Emily I'm confirming that her session on Monday "
        "3 August took place. She's still at work and asked me to reply for her.\n\n"
        "Best,\nTom Carter",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("ja18_carter_husband_wants_own.eml", 11, [1070], ["2026-08-10"], "2026-08-11 08:20",
        request_subject(1070, "RE"),
        "Hello,\n\nEmily's session yesterday (10 Aug) went ahead fine, she did the whole "
        "half hour.\n\nAlso, unrelated - could I book sessions with you as well? My lower "
        "back has been bad since the move. I'm privately insured too.\n\nThanks,\nTom",
        client="outlook", reply="cr-1070", style="outlook_en", staff=True,
        extra=("question",))  # fmt: skip
    yes("ja19_yildiz_tochter_uebersetzt.eml", 12, [1075], ["2026-08-05"],
        "2026-08-05 13:00", request_subject(1075),
        "Hallo,\n\nmeine Mutter spricht nicht so gut Deutsch, ich schreibe für sie. Die "
        "Behandlung am Telefon am Mittwoch, 5. August hat stattgefunden, ich war dabei und "
        "habe übersetzt.\n\nMit freundlichen Grüßen\nZeynep Yıldız",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    no("ja20_yildiz_tochter_warum_mail_abgesagt.eml", 12, ("question",), "2026-08-19 13:30",
        request_subject(1077),
        "Hallo, meine Mutter hat den Termin am 19.8. doch letzte Woche abgesagt wegen "
        "unserem Urlaub in der Türkei. Warum kommt jetzt trotzdem diese Mail? Es hat "
        "nichts stattgefunden. Bitte nichts abrechnen.\nZeynep",
        client="webde", reply="cr-1077", style="webde")  # fmt: skip
    yes("ja21_yildiz_tochter_unsicher.eml", 12, [], [], "2026-08-27 20:15",
        request_subject(1078),
        "Guten Abend,\n\nMama sagt, sie hat am Mittwoch mit Ihnen telefoniert, aber ich war "
        "nicht zu Hause. Sie meint, vielleicht war es auch nur wegen dem neuen Termin und "
        "nicht die Gymnastik. Ich frage morgen nochmal genau nach.\n\nZeynep Yıldız",
        client="webde", reply="cr-1078", style="webde", staff=True,
        note="hearsay with doubt whether the treatment took place")  # fmt: skip


def vogel_lehmann_zimmermann() -> None:
    yes("ja22_vogel_ehefrau_kurz.eml", 13, [1082], ["2026-09-10"], "2026-09-10 08:50",
        request_subject(1082),
        "Guten Morgen,\nMichael ist schon in der Kanzlei und bat mich, kurz zu bestätigen: "
        "Termin am Donnerstag, 10.9., 7 Uhr hat stattgefunden.\nGruß C. Vogel",
        name="Dr. Michael Vogel", client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("ja23_vogel_ehefrau_eigener_termin.eml", 13, [1083], ["2026-09-17"],
        "2026-09-18 12:20", request_subject(1083),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung meines Mannes am 17.09. hat "
        "stattgefunden.\n\nIch selbst hatte heute Vormittag ebenfalls eine Manuelle "
        "Therapie bei Ihrer Kollegin (auf meinen Namen, Christiane Vogel). Bekomme ich dafür "
        "auch so eine Mail, oder soll ich das gleich hier mit bestätigen?\n\n"
        "Mit freundlichen Grüßen\nChristiane Vogel",
        client="outlook", reply="cr-1083", style="outlook_classic", staff=True,
        extra=("question",),
        note="the wife's own session of 18.09. is not the patient's")  # fmt: skip
    yes("ja24_lehmann_enkel.eml", 14, [1087], ["2026-09-08"], "2026-09-08 16:10",
        request_subject(1087),
        "hallo hier ist tim der enkel von anna lehmann. oma hat gesagt ich soll schreiben "
        "dass die KG am 8.9. war. alles gut\n\nlg tim",
        client="gmail", reply="cr-1087", style="gmail")  # fmt: skip
    yes("ja25_lehmann_enkel_welche_woche.eml", 14, [], [], "2026-09-19 11:00",
        request_subject(1088),
        "hi nochmal tim hier. oma sagt es war am dienstag aber sie weiß nicht mehr ob das "
        "letzte woche oder die woche davor war. kann ja sein das ist schon bestätigt? "
        "sorry\n\ntim",
        client="gmail", reply="cr-1088", style="gmail", staff=True,
        note="grandmother unsure which Tuesday: no clear day")  # fmt: skip
    yes("ja26_zimmermann_ehefrau_alle_uebungen.eml", 15, [1093], ["2026-10-05"],
        "2026-10-05 15:00", request_subject(1093),
        "Guten Tag,\n\nmein Mann Klaus hatte heute, am Montag 5.10., seine Krankengymnastik "
        "am Telefon. Ich saß daneben, er hat alle Übungen gemacht, bis zum Ende.\n\n"
        "Freundliche Grüße\nIngrid Zimmermann",
        client="plain", reply="cr-1093", style="tonline")  # fmt: skip
    no("ja27_zimmermann_ehefrau_absage_krankenhaus.eml", 15, ("cancellation",),
        "2026-10-30 18:05", "Absage Termin Klaus Zimmermann 2.11.",
        "Guten Abend,\n\nmein Mann liegt seit gestern im Krankenhaus (Hüfte). Bitte sagen "
        "Sie den Termin am Montag, 2. November, ab. Wenn er wieder zu Hause ist, melde ich "
        "mich wegen neuer Termine.\n\nIngrid Zimmermann")  # fmt: skip


def schaefer_jansen_koch() -> None:
    yes("ja28_schaefer_ehemann_spaet.eml", 16, [1098], ["2026-10-07"], "2026-10-07 21:45",
        request_subject(1098),
        "n'Abend, Birgit ist schon im Bett, sie hat mich gebeten: der Videotermin heute, "
        "7.10., hat stattgefunden.\nGruß Rainer",
        client="samsung", reply="cr-1098", style="samsung")  # fmt: skip
    yes("ja29_schaefer_tochter_eigene_adresse.eml", 16, [1099, 1100],
        ["2026-10-14", "2026-10-21"], "2026-10-22 10:30",
        "Termine meiner Mutter Birgit Schäfer",
        "Hallo,\n\nmeine Mutter Birgit Schäfer bekommt Ihre Mails an\nbirgit.schaefer@gmx.net, "
        "kommt aber gerade nicht in ihr Postfach (Passwort vergessen, wir sind dran). Sie hat "
        "mich gebeten, Ihnen zu bestätigen, dass die Videotermine am 14. und am 21. Oktober "
        "beide stattgefunden haben.\n\nViele Grüße\nLena Schäfer",
        sender="lena.schaefer98@gmail.com", name="Lena Schäfer", client="gmail", staff=True,
        note="daughter confirms from her own address: recorded, staff notes the sender")  # fmt: skip
    yes("ja30_jansen_vater_moin.eml", 17, [1104], ["2026-10-22"], "2026-10-22 18:00",
        request_subject(1104),
        "Moin,\n\nhier Oles Vater. Die Gerätestunde am Donnerstag, 22.10., lief. Ole sagt, "
        "es war anstrengend, aber gut.\n\nGruß\nHauke Jansen",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    no("ja31_jansen_vater_rechnung.eml", 17, ("question",), "2026-10-30 09:00",
        "Rechnung Ole Jansen",
        "Moin,\n\nkurze Frage zur Abrechnung: Ole ist bei mir privat mitversichert. Geht die "
        "Rechnung an ihn oder an mich? Und bekommen wir eine Rechnung pro Termin oder am "
        "Ende eine für alles?\n\nGruß\nHauke Jansen",
        client="gmail")  # fmt: skip
    yes("ja32_koch_pflegedienst.eml", 18, [1109], ["2026-03-23"], "2026-03-23 17:10",
        request_subject(1109),
        "Sehr geehrte Damen und Herren,\n\nhier schreibt Schwester Monika vom Pflegedienst "
        "Sonnenschein. Frau Koch hatte heute (23.03.) ihre Krankengymnastik am Telefon, ich "
        "war bei ihr und sie hat alles mitgemacht.\n\nMit freundlichen Grüßen\nMonika Albers\n"
        "Ambulanter Pflegedienst Sonnenschein",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("ja33_koch_sohn_einer_halb.eml", 18, [1110], ["2026-03-25", "2026-03-30"],
        "2026-03-31 08:25", request_subject(1111),
        "Hallo,\n\nich habe mit Mutti telefoniert. Sie sagt, am Mittwoch 25.3. war alles "
        "gut. Gestern (30.3.) hat sie nach der Hälfte aufgelegt, weil es an der Tür "
        "geklingelt hat, und dann nicht mehr zurückgerufen. Das wollte ich ehrlicherweise "
        "dazusagen.\n\nGruß\nStefan Koch",
        client="tonline", reply="cr-1111", style="tonline", staff=True,
        note="30.03. cut short by half: only 25.03. confirmed")  # fmt: skip


def nowak_hartmann_wagner() -> None:
    yes("ja34_nowak_partnerin_lernerdeutsch.eml", 19, [1116], ["2026-11-06"],
        "2026-11-06 10:15", request_subject(1116),
        "Dzień dobry,\n\nich bin Frau von David. Er sagt: Termin Freitag 6.11 war, "
        "alles ok. Er ist jetzt Arbeit.\n\nPozdrawiam\nKasia",
        client="plain", reply="cr-1116", style="gmail")  # fmt: skip
    no("ja35_nowak_keine_lust.eml", 19, ("other",), "2026-11-13 19:00",
        request_subject(1117),
        "Hallo,\n\nDavid hatte heute keine Lust. Er hat Therapeutin gesagt, heute nicht, "
        "und Video aus gemacht. Also nicht bestätigen bitte, es war keine Behandlung.\n\n"
        "Kasia",
        reply="cr-1117", style="gmail",
        note="session refused at the start: nothing took place")  # fmt: skip
    yes("ja36_hartmann_mutter_unten.eml", 20, [1120], ["2026-11-03"], "2026-11-03 20:30",
        request_subject(1120),
        "Guten Abend,\n\nich beantworte das für Leonie (sie ist 16). Der Termin am 3.11. hat "
        "stattgefunden, sie war die ganze Zeit vor dem Laptop.\n\nViele Grüße\n"
        "Susanne Hartmann",
        client="webde", reply="cr-1120", style="webde", bottom=True)  # fmt: skip
    no("ja37_hartmann_mutter_eigener_termin.eml", 20, ("other",), "2026-11-11 07:45",
        request_subject(1121),
        "Hallo,\n\nda liegt wohl eine Verwechslung vor. Leonie war am 10.11. auf "
        "Klassenfahrt, bei ihr hat nichts stattgefunden. Ich hatte an dem Abend meinen "
        "eigenen Termin bei Ihnen (KG per Video, Susanne Hartmann). Vielleicht ist da was "
        "durcheinandergekommen?\n\nS. Hartmann",
        client="webde", reply="cr-1121", style="webde",
        note="the mother's own session, not the patient's")  # fmt: skip
    yes("ja38_wagner_ehemann_laesst_ausrichten.eml", 21, [1124], ["2026-01-12"],
        "2026-01-12 12:40", request_subject(1124),
        "Hallo,\n\nSophie lässt ausrichten, dass der Termin heute Morgen, Montag 12.01., "
        "stattgefunden hat. Sie ist gerade unterwegs.\n\nBeste Grüße\nFlorian",
        client="gmail", reply="cr-1124", style="gmail")  # fmt: skip
    no("ja39_wagner_schwester_naechster_termin.eml", 21, ("question",), "2026-02-04 16:20",
        "Nächster Termin Sophie",
        "Hallo,\n\nich bin die Schwester von Sophie Wagner und helfe ihr gerade, weil sie "
        "den Arm in Gips hat. Sie hat den Zettel mit den Terminen verlegt. Wann ist ihr "
        "nächster Termin? Ist es wieder Montag um halb zehn?\n\nDanke und Grüße\nJulia",
        client="gmail")  # fmt: skip


def aydin_oneill_berger() -> None:
    yes("ja40_aydin_sohn_uebersetzt.eml", 22, [1130], ["2026-02-19"], "2026-02-19 15:00",
        request_subject(1130),
        "Guten Tag,\n\nmein Vater spricht wenig Deutsch. Ich habe beim Telefonat am "
        "19.02. die ganze halbe Stunde übersetzt, die Behandlung hat also stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nEmre Aydın",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("ja41_aydin_sohn_einer_nicht.eml", 22, [1131], ["2026-02-26"], "2026-03-06 19:30",
        request_subject(1132),
        "Hallo nochmal,\n\nich sehe gerade, es kamen zwei Mails. Am 26.2. hat Baba "
        "telefoniert, das war ganz normal. Aber am 5.3. hat er nicht abgenommen, er war "
        "beim Arzt und hat das Handy zu Hause vergessen. Das tut uns leid.\n\nEmre",
        client="outlook", reply="cr-1132", style="outlook", staff=True,
        note="05.03. missed: only 26.02. confirmed")  # fmt: skip
    yes("ja42_oneill_wife_line_dropped.eml", 23, [], ["2026-04-21"], "2026-04-23 21:05",
        request_subject(1137, "Re"),
        "Hello,\n\nJames says the call last Tuesday (21st) went fine at first, but the line "
        "dropped after about 15 minutes and nobody called back. So I don't think he can "
        "confirm the whole session.\n\nSiobhan (James's wife)",
        client="apple", reply="cr-1137", style="gmail_en", staff=True,
        note="call dropped after 15 minutes: cut short")  # fmt: skip
    yes("ja43_berger_pflegekraft.eml", 24, [1142], ["2026-05-06"], "2026-05-06 11:30",
        request_subject(1142),
        "Guten Tag,\n\nich bin Pflegekraft im Wohnbereich von Frau Berger. Frau Berger hat "
        "heute, 06.05., die Telefon-KG vollständig mitgemacht, ich war dabei.\n\n"
        "Mit freundlichen Grüßen\nT. Yilmaz, Seniorenresidenz Am Park",
        client="plain", reply="cr-1142", style="outlook")  # fmt: skip
    yes("ja44_berger_heim_eigene_adresse.eml", 24, [1143, 1144, 1145],
        ["2026-05-13", "2026-05-20", "2026-05-27"], "2026-05-28 14:00",
        "Bewohnerin Ursula Berger - Bestätigung Krankengymnastik",
        "Sehr geehrte Damen und Herren,\n\nfür unsere Bewohnerin Frau Ursula Berger "
        "bestätigen wir, dass die telefonischen Behandlungen am 13.05., 20.05. und 27.05. "
        "stattgefunden haben. Frau Berger hat jeweils die volle Zeit teilgenommen.\nIhre Mails "
        "an u.berger@kabelmail.de werden nur unregelmäßig gelesen, bitte schreiben Sie in "
        "Zukunft gern auch an uns.\n\nMit freundlichen Grüßen\nPflegeteam Wohnbereich 2\n"
        "Seniorenresidenz Am Park",
        sender="wb2@seniorenresidenz-ampark.de", name="Seniorenresidenz Am Park WB2",
        client="outlook", staff=True,
        note="care home confirms from its own address and asks to be written to")  # fmt: skip


def main() -> None:
    load_practice()
    wolff_and_neumann()
    schulz_and_hoffmann()
    popescu_richter_brandt()
    carter_yildiz()
    vogel_lehmann_zimmermann()
    schaefer_jansen_koch()
    nowak_hartmann_wagner()
    aydin_oneill_berger()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
